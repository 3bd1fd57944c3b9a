namespace ReportGen.Facts;

/// <summary>
/// The data behind a chart as a small table of formatted text, for an HTML <c>&lt;table&gt;</c> fallback next to the image
/// (screen readers, print, copy-paste). Cells are plain text; the page escapes them.
/// </summary>
/// <param name="Headers">Column headings, e.g. "Series", "Start", "End", "Change".</param>
/// <param name="Rows">One row per series, bar or point, each with as many cells as there are headers.</param>
public sealed record ChartTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
