namespace ReportGen.Data;

/// <summary>One cash dividend, from a <c>data/dividends/&lt;TICKER&gt;.csv</c> row (<c>Date,Dividend</c>).</summary>
/// <param name="ExDate">The ex-dividend date: buyers from this day on do not receive the payment.</param>
/// <param name="AmountPerShareUsd">Cash paid per share in USD, split-adjusted like the quoted prices; positive.</param>
public sealed record Dividend(DateOnly ExDate, decimal AmountPerShareUsd);
