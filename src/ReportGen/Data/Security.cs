namespace ReportGen.Data;

/// <summary>A row of the security master <c>data/securities.csv</c>.</summary>
/// <param name="Ticker">The key, e.g. <c>NVDA</c>, <c>SPY</c>, <c>^SPX</c>.</param>
/// <param name="Name">Display name, e.g. "Nvidia".</param>
/// <param name="Kind">Stock, ETF or index.</param>
/// <param name="Sector">GICS sector; empty for funds and indices.</param>
/// <param name="Industry">GICS sub-industry; empty for funds and indices.</param>
/// <param name="ShortName">The name prose uses after a first mention, from the optional <c>short_name</c> column, e.g.
/// "TSMC" for Taiwan Semiconductor Manufacturing, "AMD" for Advanced Micro Devices; empty when the column is absent or
/// blank (the name without legal suffix is used then).</param>
public sealed record Security(string Ticker, string Name, SecurityKind Kind, string Sector, string Industry, string ShortName = "");
