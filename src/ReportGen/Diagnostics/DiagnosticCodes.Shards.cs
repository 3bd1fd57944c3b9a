namespace ReportGen.Diagnostics;

/// <summary>Sharded builds (RG5100-RG5119): <c>build --shard i/n</c> renders a share of the editions into a shard folder,
/// <c>reportgen merge</c> assembles the shards into the site (see <c>Sharding/ShardSet</c>). Every one is an error of
/// <c>merge</c>: nothing is written and the previous site is unchanged.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A folder given to <c>merge</c> is not a shard: it has no <c>reportgen-shard.json</c>, or that file is not
    /// JSON of the shard format this ReportGen writes.</summary>
    public const string ShardUnreadable = "RG5100";

    /// <summary>The shards disagree on how many shards there are (one says <c>0/3</c>, another <c>1/2</c>).</summary>
    public const string ShardCountMismatch = "RG5101";

    /// <summary>Two folders given to <c>merge</c> hold the same shard number.</summary>
    public const string ShardDuplicate = "RG5102";

    /// <summary>A shard number from 0 to n-1 is missing from the folders given to <c>merge</c>.</summary>
    public const string ShardMissing = "RG5103";

    /// <summary>The shards were built from different inputs (data, templates, settings, notes) or by different
    /// ReportGen builds: their input fingerprints differ.</summary>
    public const string ShardInputsDiffer = "RG5104";

    /// <summary>The shards were built with different options (<c>--as-of</c>, <c>--drafts</c>, <c>--base-url</c>,
    /// <c>--report</c>), which all shards must be given alike.</summary>
    public const string ShardOptionsDiffer = "RG5105";

    /// <summary>The shards were built from other inputs than the project <c>merge</c> assembles them in (or by another
    /// ReportGen build): the project's input fingerprint differs from theirs.</summary>
    public const string ShardProjectDiffers = "RG5106";

    /// <summary>The shards do not cover the plan exactly: an edition the project plans is in no shard or in two, a shard
    /// holds an edition that is not its share, or a shard's plan differs from the project's.</summary>
    public const string ShardPlanMismatch = "RG5107";

    /// <summary>An edition a shard's manifest lists has no readable rendering in the shard folder (the file under
    /// <c>editions/</c> is missing, truncated or edited: its proof line does not match).</summary>
    public const string ShardEntryBad = "RG5108";
}
