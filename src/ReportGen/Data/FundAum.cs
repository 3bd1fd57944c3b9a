namespace ReportGen.Data;

/// <summary>One fund's assets under management, from <c>data/funds/aum.csv</c> (<c>ticker,aum_usd,updated_date</c>).</summary>
/// <param name="Ticker">The fund, e.g. <c>SPY</c>.</param>
/// <param name="AumUsd">Assets under management in USD (not millions); positive.</param>
/// <param name="AsOf">The date the value refers to (<c>updated_date</c>).</param>
public sealed record FundAum(string Ticker, decimal AumUsd, DateOnly AsOf);
