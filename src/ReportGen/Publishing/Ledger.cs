using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Publishing;

/// <summary>
/// The publication ledger in memory: every published version of every edition with its figures and page as published,
/// the corrections, and the data files' hashes when it was last written. Read and written by <see cref="LedgerStore"/>;
/// the files are described in docs/ledger.md.
/// </summary>
/// <param name="Versions">Every version, ordered by report, period and version.</param>
/// <param name="Corrections">Every corrected figure, in the same order.</param>
/// <param name="Figures">Figures of each version, by <see cref="LedgerVersion.FiguresFile"/>.</param>
/// <param name="Bodies">Body HTML of each version, by <see cref="LedgerVersion.PageFile"/>.</param>
/// <param name="Inputs">SHA-256 (hex) of every data file (project-relative path) when the ledger was last written.</param>
public sealed record Ledger(
    IReadOnlyList<LedgerVersion> Versions,
    IReadOnlyList<LedgerCorrection> Corrections,
    IReadOnlyDictionary<string, IReadOnlyList<LedgerFigure>> Figures,
    IReadOnlyDictionary<string, string> Bodies,
    IReadOnlyDictionary<string, string> Inputs)
{
    /// <summary>A project without a ledger.</summary>
    public static Ledger Empty { get; } = new([], [], new Dictionary<string, IReadOnlyList<LedgerFigure>>(), new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>Every version of one edition, oldest first (empty when it was never published).</summary>
    /// <param name="report">The report slug.</param>
    /// <param name="period">The period code, e.g. <c>2026-Q2</c>.</param>
    public IReadOnlyList<LedgerVersion> VersionsOf(string report, string period) =>
        IndexOf(Versions).ByEdition.TryGetValue((report, period), out var versions) ? versions : [];

    /// <summary>True when <paramref name="report"/> has at least one published edition.</summary>
    /// <param name="report">The report slug.</param>
    public bool HasSeries(string report) => IndexOf(Versions).Series.Contains(report);

    // The versions by edition and the series, computed once per versions list: a build asks for every edition of the plan,
    // and scanning the whole ledger each time was quadratic at the scale bench's 40,000 editions. A static table keyed by
    // the list (rather than a field) keeps the record's equality as it was.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<LedgerVersion>, VersionIndex> Indexes = [];

    private static VersionIndex IndexOf(IReadOnlyList<LedgerVersion> versions) => Indexes.GetValue(versions, list => new VersionIndex(
        list.GroupBy(v => (v.Report, v.Period)).ToDictionary(g => g.Key, g => (IReadOnlyList<LedgerVersion>)[.. g.OrderBy(v => v.Version)]),
        list.Select(v => v.Report).ToHashSet(StringComparer.Ordinal)));

    private sealed record VersionIndex(Dictionary<(string Report, string Period), IReadOnlyList<LedgerVersion>> ByEdition, HashSet<string> Series);

    /// <summary>The figures file's text of a version: what <see cref="LedgerVersion.FiguresSha256"/> hashes.</summary>
    /// <param name="figures">The version's figures in page order.</param>
    public static string FiguresText(IReadOnlyList<LedgerFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var sb = new StringBuilder(LedgerStore.FiguresHeader).Append('\n');
        foreach (var f in figures)
        {
            LedgerStore.AppendRow(sb, [f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Text, f.Value, f.Unit, f.Metric, f.Subject, f.Inputs, f.Sources, f.AsOf, f.Hash]);
        }

        return sb.ToString();
    }

    /// <summary>SHA-256 (lower-case hex) of <paramref name="text"/> as UTF-8.</summary>
    /// <param name="text">Any text.</param>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The page hash of a version: SHA-256 of title, LF, summary, LF, body.</summary>
    /// <param name="title">The headline.</param>
    /// <param name="summary">The dek.</param>
    /// <param name="body">The body HTML.</param>
    public static string PageHash(string title, string summary, string body) => Sha256(title + "\n" + summary + "\n" + body);
}
