namespace ReportGen.Data;

/// <summary>
/// One fund's row in an ETF overview snapshot (<c>data/funds/overviews/&lt;yyyy-MM-dd&gt;.csv</c>, stockanalysis.com layout),
/// normalised on load: the file's <c>Assets</c> (USD millions) becomes <see cref="AumUsd"/> in USD, <c>Expense</c> and
/// <c>DivYield</c> (percent) become fractions. Every value is null when its cell is empty, <c>n/a</c> or <c>nan</c>, or its column is
/// absent (older snapshots have fewer columns).
/// </summary>
/// <param name="Ticker">The fund (the first column, whose header is empty).</param>
/// <param name="AumUsd">Assets under management in USD. The file gives USD millions (6960.0 = $6.96bn); a value written with
/// thousands separators ("504,000") is already in USD.</param>
/// <param name="NavUsd">Net asset value per share in USD (<c>NAV</c>).</param>
/// <param name="ExpenseRatio">Annual expense ratio as a fraction (<c>Expense</c> 0.35 in the file = 0.35% = 0.0035 here).</param>
/// <param name="PriceToEarnings">Weighted price/earnings ratio of the holdings (<c>PE</c>), a multiple.</param>
/// <param name="SharesOutstanding">Shares outstanding in shares. The file gives millions (31.27 = 31,270,000); a value written
/// with thousands separators ("300,000") is already a count.</param>
/// <param name="DividendPerShareUsd">Trailing annual distributions per share in USD (<c>Div</c>).</param>
/// <param name="DividendYield">Trailing distribution yield as a fraction (<c>DivYield</c> 0.72 in the file = 0.72% = 0.0072 here).</param>
/// <param name="PriceUsd">Share price in USD (<c>Price</c>; only the 2021-07 layout has it).</param>
/// <param name="PreviousCloseUsd">The previous close in USD as the scraper saw it (<c>PrevClose</c>; later layouts).</param>
/// <param name="Beta">Beta to the market (<c>Beta</c>), a ratio.</param>
/// <param name="Holdings">Number of holdings (<c>N_Hold</c>).</param>
public sealed record FundOverview(
    string Ticker,
    decimal? AumUsd,
    double? NavUsd,
    double? ExpenseRatio,
    double? PriceToEarnings,
    double? SharesOutstanding,
    double? DividendPerShareUsd,
    double? DividendYield,
    double? PriceUsd,
    double? PreviousCloseUsd,
    double? Beta,
    int? Holdings);
