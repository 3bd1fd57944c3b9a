namespace ReportGen.Diagnostics;

/// <summary>Codes of the publication ledger (<c>published/</c>, see docs/ledger.md): its file format (RG1080-RG1084) and
/// the checks a build runs against it (RG5050-RG5059).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A ledger file (<c>published/ledger.csv</c>, <c>corrections.csv</c>, a figures file) cannot be read as
    /// CSV or has the wrong header or number of fields.</summary>
    public const string LedgerMalformed = "RG1080";

    /// <summary>A field of a ledger file is not what its column holds (a version that is not a positive whole number, a
    /// date that is not yyyy-MM-dd, a time that is not ISO 8601 UTC, a period that is not a period code).</summary>
    public const string LedgerBadValue = "RG1081";

    /// <summary>A version in <c>published/ledger.csv</c> has no figures file or page file under <c>published/</c>.</summary>
    public const string LedgerMissingFile = "RG1082";

    /// <summary>A figures or page file of the ledger does not hash to what <c>published/ledger.csv</c> recorded for it:
    /// the record was edited by hand.</summary>
    public const string LedgerHashMismatch = "RG1083";

    /// <summary>A ledger row repeats an edition's version, or its versions do not run 1, 2, 3 ….</summary>
    public const string LedgerVersionOrder = "RG1084";

    /// <summary>A published edition's figures would change (a revised close, a restated flow, a changed template): the
    /// build stops and names each figure, old and new, and the data row that changed; <c>--accept-revisions</c> publishes
    /// the change as a dated correction. A warning in <c>serve</c>, which never writes the ledger.</summary>
    public const string RevisionRefused = "RG5050";

    /// <summary>A revision was accepted (<c>--accept-revisions</c>): the edition is published as a new version with a
    /// correction notice (warning, so the build log shows it).</summary>
    public const string RevisionAccepted = "RG5051";

    /// <summary>The newest data is older than <c>publishing.max_data_age</c> trading days at publication time, so a new
    /// edition is not published (an error in <c>build</c>, a warning in <c>serve</c>). Backfilling a series without a
    /// ledger is exempt.</summary>
    public const string StaleData = "RG5052";

    /// <summary>The site was published but the ledger could not be written (warning: the next build records it again).</summary>
    public const string LedgerWriteFailed = "RG5053";

    /// <summary>An edition recorded in the ledger is no longer built by a full build (its report or data went away); its
    /// record is kept (warning).</summary>
    public const string PublishedEditionMissing = "RG5054";
}
