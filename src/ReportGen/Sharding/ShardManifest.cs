using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportGen.Project;

namespace ReportGen.Sharding;

/// <summary>
/// The manifest of a shard folder (<c>reportgen-shard.json</c>), written by <c>build --shard i/n</c> and read by
/// <c>merge</c>: which shard it is, what it was built from and with, the whole plan and the editions it rendered.
/// </summary>
/// <param name="Format">Always <see cref="CurrentFormat"/>; another value is a shard of another ReportGen version.</param>
/// <param name="Tool">The ReportGen build that wrote it (assembly informational version: version and commit).</param>
/// <param name="Fingerprint">The project's <see cref="InputsFingerprint"/> when the shard was built.</param>
/// <param name="Shard">This shard's number, from 0.</param>
/// <param name="Of">The number of shards.</param>
/// <param name="AsOf"><c>--as-of</c> as yyyy-MM-dd, or null.</param>
/// <param name="Drafts"><c>--drafts</c>.</param>
/// <param name="BaseUrl"><c>--base-url</c>, or null.</param>
/// <param name="Report"><c>--report</c>, or null.</param>
/// <param name="Plan">The <see cref="Planning.Edition.Key"/> of every edition of the whole build, in plan order.</param>
/// <param name="Editions">The editions this shard rendered, in plan order.</param>
public sealed record ShardManifest(string Format, string Tool, string Fingerprint, int Shard, int Of, string? AsOf, bool Drafts, string? BaseUrl, string? Report, IReadOnlyList<string> Plan, IReadOnlyList<ShardEntry> Editions)
{
    /// <summary>The manifest's file name at the root of a shard folder.</summary>
    public const string FileName = "reportgen-shard.json";

    /// <summary>The format this ReportGen writes and reads.</summary>
    public const string CurrentFormat = "reportgen-shard v1";

    internal static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The build options every shard of one build must share, in one comparable line.</summary>
    public string OptionsText => $"--as-of {AsOf ?? "none"}, --drafts {(Drafts ? "on" : "off")}, --base-url {BaseUrl ?? "none"}, --report {Report ?? "all"}";

    /// <summary>This ReportGen build's version, as <see cref="Tool"/> records it.</summary>
    public static string ToolVersion { get; } = typeof(ShardManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// A SHA-256 of everything a sharded build's output depends on apart from its options: the code (the module version ids
    /// of ReportGen.Core and ReportGen.Metrics, which a deterministic build changes whenever the code does) and every byte
    /// of reportgen.yml and of the files under data/, templates/ and notes/. Equal fingerprints mean the shards, and the
    /// project that merges them, render the same editions. The ledger (published/) is left out: no rendering reads it, and
    /// the merge applies its own project's ledger as a single build would (so a merge that recorded new editions does not
    /// disown the shards it merged).
    /// </summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <returns>64 hex characters.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static string InputsFingerprint(string projectRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\0"));
        Text(CurrentFormat);
        Text(typeof(ShardManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Text(typeof(ReportGen.Metrics.InsufficientDataException).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        var layout = new ProjectLayout(projectRoot);
        var inputs = new[] { layout.Config }.Where(File.Exists)
            .Concat(SourceFiles.Enumerate(layout.Data, "*"))
            .Concat(SourceFiles.Enumerate(layout.Templates, "*"))
            .Concat(SourceFiles.Enumerate(layout.Notes, "*"));
        foreach (var file in inputs)
        {
            Text(SourceFiles.Relative(projectRoot, file));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The options of a build as a manifest records them (with the rest of the manifest left empty).</summary>
    /// <param name="options">The build options.</param>
    /// <param name="shard">The shard being built.</param>
    /// <param name="fingerprint">The project's <see cref="InputsFingerprint"/>.</param>
    /// <param name="plan">Every planned edition's key.</param>
    /// <param name="editions">The shard's editions.</param>
    public static ShardManifest For(BuildOptions options, ShardSpec shard, string fingerprint, IReadOnlyList<string> plan, IReadOnlyList<ShardEntry> editions)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ShardManifest(CurrentFormat, ToolVersion, fingerprint, shard.Index, shard.Count, options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), options.IncludeDrafts, options.BaseUrl, options.Report, plan, editions);
    }

    /// <summary>The options recorded here applied to <paramref name="options"/> (as-of, drafts, base URL, report).</summary>
    /// <param name="options">The merge's options (project, output, clock...).</param>
    public BuildOptions ApplyTo(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            AsOf = AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            IncludeDrafts = Drafts,
            BaseUrl = BaseUrl,
            Report = Report,
        };
    }

    /// <summary>The manifest as UTF-8 JSON (indented, LF).</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, Json).ReplaceLineEndings("\n") + "\n");
}

/// <summary>One edition of a shard.</summary>
/// <param name="Edition">The edition's <see cref="Planning.Edition.Key"/>, e.g. <c>ai-equities/2026-Q2</c>.</param>
/// <param name="Entry">Its cache key (<see cref="Incremental.EditionKeys"/>): the rendering is <c>editions/&lt;Entry&gt;.json</c>.</param>
public sealed record ShardEntry(string Edition, string Entry);
