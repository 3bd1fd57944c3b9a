namespace ReportGen.Data;

/// <summary>
/// One company's row in a dated fundamentals snapshot (the S&amp;P 500 constituents-financials layout). Every number is
/// null when its cell is empty: the vendor left it out (e.g. BRK.B has no Price or Market Cap in any 2024–2026 snapshot).
/// Prices are quoted USD as of the snapshot's as-of date (the previous trading day's close).
/// </summary>
/// <param name="Ticker">The <c>Symbol</c> column, e.g. <c>NVDA</c>, <c>BRK.B</c>.</param>
/// <param name="Name">The company name (<c>Name</c>).</param>
/// <param name="Sector">The <c>Sector</c> column as written; since 2024 the vendor puts the GICS sub-industry there; empty when absent.</param>
/// <param name="PriceUsd">Share price in USD (<c>Price</c>); positive.</param>
/// <param name="PriceToEarnings">Trailing price/earnings ratio (<c>Price/Earnings</c>), a multiple (40.2 = 40.2x); null also when
/// the file says <c>Infinity</c> (zero earnings).</param>
/// <param name="DividendYield">Trailing dividend yield as a fraction (<c>Dividend Yield</c>; 0.0046 = 0.46%), as in the 2024+ layout.</param>
/// <param name="EarningsPerShareUsd">Trailing earnings per share in USD (<c>Earnings/Share</c>); may be negative.</param>
/// <param name="Low52WeekUsd">Lowest price of the last 52 weeks in USD (<c>52 Week Low</c>).</param>
/// <param name="High52WeekUsd">Highest price of the last 52 weeks in USD (<c>52 Week High</c>).</param>
/// <param name="MarketCapUsd">Whole-company market capitalization in USD (<c>Market Cap</c>); positive. GOOGL and GOOG each carry
/// the whole company's value: never sum share classes.</param>
/// <param name="EbitdaUsd">Trailing EBITDA in USD (<c>EBITDA</c>); may be negative.</param>
/// <param name="PriceToSales">Price/sales ratio (<c>Price/Sales</c>), a multiple.</param>
/// <param name="PriceToBook">Price/book ratio (<c>Price/Book</c>), a multiple; negative when book value is negative.</param>
public sealed record Fundamentals(
    string Ticker,
    string Name,
    string Sector,
    double? PriceUsd,
    double? PriceToEarnings,
    double? DividendYield,
    double? EarningsPerShareUsd,
    double? Low52WeekUsd,
    double? High52WeekUsd,
    decimal? MarketCapUsd,
    decimal? EbitdaUsd,
    double? PriceToSales,
    double? PriceToBook);
