using System.Globalization;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>A fund's yearly cost in dollars and a security's return per unit of risk, as the ETF monitor compares them.</summary>
public sealed partial class SecurityView
{
    /// <summary>The amount of money the cost figure is stated for, in USD: "what it costs per $10,000 a year".</summary>
    public const double CostBasisUsd = 10_000;

    /// <summary>The metric name of <see cref="CostPer10k"/> in figures.csv.</summary>
    internal const string CostPer10kMetric = MetricNames.CostPer10000Usd;

    /// <summary>True when both <see cref="Trailing12m"/> and <see cref="Volatility"/> exist, so <see cref="ReturnPerRisk"/> has a value.</summary>
    public bool HasReturnPerRisk => Available(() => ReturnPerRisk);

    /// <summary>What the fund's expense ratio takes from $10,000 held for a year, in USD: <see cref="FeeDrag12m"/> × $10,000
    /// (1 − (1 − ER/365)^365 of the amount; the fund's own return during the year is left out). Dated at the expense ratio's
    /// fund overview, like <see cref="ExpenseRatio"/>.</summary>
    /// <exception cref="InsufficientDataException">No expense ratio.</exception>
    /// <remarks>Source: SEC Form N-1A, Item 3, whose fee table states a fund's expenses on a $10,000 investment.</remarks>
    public MetricValue CostPer10k => Cached(nameof(CostPer10k), () =>
    {
        var drag = FeeDrag12m;
        return drag with
        {
            Value = drag.Value * CostBasisUsd,
            Unit = MetricUnit.Usd,
            Metric = CostPer10kMetric,
            Inputs = drag.Inputs + string.Create(CultureInfo.InvariantCulture, $"; times ${CostBasisUsd:0} held for a year"),
        };
    });

    /// <summary>The amount <see cref="CostPer10k"/> is stated for, <see cref="CostBasisUsd"/> in USD, as a figure so that a page
    /// can print it ("a year on each $10,000"); it carries the expense ratio's source and date, the figure it goes with.</summary>
    /// <exception cref="InsufficientDataException">No expense ratio.</exception>
    public MetricValue CostBasis => Cached(nameof(CostBasis), () =>
    {
        var er = ExpenseRatio;
        return er with { Value = CostBasisUsd, Unit = MetricUnit.Usd, Metric = MetricNames.CostBasisUsd, Inputs = "the holding a yearly cost is stated for (a convention of the notes, as in the fee tables of SEC Form N-1A)" };
    });

    /// <summary>Return per unit of risk over the trailing 12 months: <see cref="Trailing12m"/> divided by <see cref="Volatility"/>
    /// (a pure number, <see cref="Metrics.Risk.ReturnPerRisk"/>; 0.8 = 0.8 points of total return per point of annualized volatility).</summary>
    /// <exception cref="InsufficientDataException">Less than 12 months of adjusted closes, or a volatility of zero.</exception>
    public MetricValue ReturnPerRisk => Cached(nameof(ReturnPerRisk), () =>
    {
        var r = Trailing12m;
        var v = Volatility;
        var ratio = Metrics.Risk.ReturnPerRisk.Compute(r.Value, v.Value, Ticker);
        var sources = r.SourceIds.Concat(v.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var inputs = string.Create(CultureInfo.InvariantCulture, $"12-month total return {r.Value:0.######} / annualized volatility {v.Value:0.######}");
        return new MetricValue(ratio, MetricUnit.Number, MetricNames.ReturnPerRisk12m, Ticker, inputs, sources, r.AsOf > v.AsOf ? r.AsOf : v.AsOf);
    });
}
