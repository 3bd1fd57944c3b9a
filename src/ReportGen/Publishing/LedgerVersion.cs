namespace ReportGen.Publishing;

/// <summary>One published version of an edition: one row of <c>published/ledger.csv</c>.</summary>
/// <param name="Report">The report slug.</param>
/// <param name="Period">The period code, e.g. <c>2026-Q2</c>.</param>
/// <param name="Version">1 for the first publication, 2, 3 … for each accepted correction.</param>
/// <param name="AsOf">The edition's as-of date.</param>
/// <param name="PublishedAt">When this version was published (UTC, whole seconds), from the build's clock.</param>
/// <param name="FigureCount">How many figures it printed.</param>
/// <param name="FiguresSha256">SHA-256 (hex) of its figures file's bytes.</param>
/// <param name="PageSha256">SHA-256 (hex) of its page text: title, LF, summary, LF, body HTML (UTF-8); independent of the base URL.</param>
/// <param name="Title">The headline as published.</param>
/// <param name="Summary">The dek as published.</param>
public sealed record LedgerVersion(string Report, string Period, int Version, DateOnly AsOf, DateTimeOffset PublishedAt, int FigureCount, string FiguresSha256, string PageSha256, string Title, string Summary)
{
    /// <summary>The folder of its files under <c>published/</c>: <c>&lt;report&gt;/&lt;period slug&gt;</c>.</summary>
    public string Folder => $"{Report}/{Period.ToLowerInvariant()}";

    /// <summary>Its figures file, relative to <c>published/</c>: <c>&lt;report&gt;/&lt;period&gt;/v&lt;N&gt;.csv</c>.</summary>
    public string FiguresFile => $"{Folder}/v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}.csv";

    /// <summary>Its body as published, relative to <c>published/</c>: <c>&lt;report&gt;/&lt;period&gt;/v&lt;N&gt;.html</c>.</summary>
    public string PageFile => $"{Folder}/v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}.html";
}

/// <summary>One figure a correction changed: one row of <c>published/corrections.csv</c>.</summary>
/// <param name="Report">The report slug.</param>
/// <param name="Period">The period code.</param>
/// <param name="Version">The version the correction published (2 for the first correction).</param>
/// <param name="CorrectedAt">When it was published (UTC).</param>
/// <param name="Figure">What changed: "figure 3, total_return of AMD", or "headline".</param>
/// <param name="Old">As printed before.</param>
/// <param name="New">As printed now.</param>
/// <param name="Why">The input that changed, e.g. "data/prices/adjusted/AMD.csv:6100 (2026-06-30): 580.91 → 600.00".</param>
public sealed record LedgerCorrection(string Report, string Period, int Version, DateTimeOffset CorrectedAt, string Figure, string Old, string New, string Why)
{
    /// <summary>What <see cref="Old"/> reads for a figure the edition did not print before (and <see cref="New"/> for one it no longer prints).</summary>
    public const string None = "(none)";

    /// <summary>True when the item adds a figure the published version did not have: nothing published was changed.</summary>
    public bool IsAddition => Old == None;
}
