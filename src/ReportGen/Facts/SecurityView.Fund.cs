using System.Globalization;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Flows;
using ReportGen.Metrics.Model;

namespace ReportGen.Facts;

/// <summary>Fund measures of an ETF: expense ratio and fee drag (from the fund overviews), net inflows (from the flows data set).</summary>
public sealed partial class SecurityView
{
    /// <summary>True when the adjusted closes cover the trailing 12 months to the as-of date.</summary>
    public bool HasTrailing12m => Available(() => Trailing12m);

    /// <summary>True when the adjusted closes reach back to the last close of the previous year (a year-to-date base).</summary>
    public bool HasYtd => Available(() => Ytd);

    /// <summary>True when a fund overview on or before the as-of date gives an expense ratio for this fund.</summary>
    public bool HasExpenseRatio => Available(() => ExpenseRatio);

    /// <summary>True when the flows data set has at least one computed daily flow for this fund within the edition's period.</summary>
    public bool HasFlows => Available(() => NetInflowsPeriod);

    /// <summary>Annual expense ratio as a fraction (0.0068 = 0.68%), from the newest fund overview on or before the as-of date.</summary>
    /// <exception cref="InsufficientDataException">No overview lists the fund with an expense ratio.</exception>
    public MetricValue ExpenseRatio => Cached(nameof(ExpenseRatio), () =>
    {
        var snapshot = _scope.Data.FundOverviews.LastOrDefault(s => s.Funds.GetValueOrDefault(Ticker)?.ExpenseRatio is not null)
            ?? throw new InsufficientDataException(MetricNames.ExpenseRatio, Ticker, $"a fund overview dated on or before {_scope.AsOf:yyyy-MM-dd} with an expense ratio");
        var er = snapshot.Funds[Ticker].ExpenseRatio!.Value;
        return new MetricValue(er, MetricUnit.Fraction, MetricNames.ExpenseRatio, Ticker, string.Create(CultureInfo.InvariantCulture, $"Expense in the fund overview of {snapshot.AsOf:yyyy-MM-dd} (latest on or before the as-of date)"), [snapshot.SourceId], snapshot.AsOf);
    });

    /// <summary>Fee drag over one year (365 calendar days) at the expense ratio, as a fraction of assets: 1 − (1 − ER/365)^365.</summary>
    /// <exception cref="InsufficientDataException">No expense ratio.</exception>
    public MetricValue FeeDrag12m => Cached(nameof(FeeDrag12m), () =>
    {
        var er = ExpenseRatio;
        return er with { Value = FeeDrag.Compute(er.Value, 365), Metric = MetricNames.FeeDrag12m, Inputs = er.Inputs + "; 1 − (1 − ER/365)^365" };
    });

    /// <summary>Net inflows over the edition's period in USD (negative = outflows), summing the days the supplier computed.</summary>
    /// <exception cref="InsufficientDataException">No computed flow for the fund in the period.</exception>
    public MetricValue NetInflowsPeriod => Cached(nameof(NetInflowsPeriod), () =>
    {
        var rows = _scope.Data.FundFlows.Where(f => f.Ticker == Ticker && f.NetFlowUsd is not null).OrderBy(f => f.Date).ToList();
        if (!rows.Exists(f => f.Date >= _scope.Period.Start && f.Date <= _scope.Period.End))
        {
            throw new InsufficientDataException(MetricNames.NetInflows, Ticker, $"a computed daily flow between {_scope.Period.Start:yyyy-MM-dd} and {_scope.AsOf:yyyy-MM-dd}");
        }

        var series = new UsdSeries(Ticker, [.. rows.Select(f => f.Date)], [.. rows.Select(f => f.NetFlowUsd!.Value)]);
        var r = NetInflows.For(series, ReturnWindow.For(_scope.Period), _scope.AsOf);
        var inputs = string.Create(CultureInfo.InvariantCulture, $"sum of {r.Days} computed daily flows {r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd} (days the supplier did not compute are left out)");
        return new MetricValue((double)r.Usd, MetricUnit.Usd, MetricNames.NetInflows, Ticker, inputs, [_scope.Data.FundFlowsSource ?? "fund-flows"], r.To);
    });

    /// <summary>True when the flow data covers the whole of at least one earlier period of the edition's kind, so
    /// <see cref="NetInflowsPriorHigh"/> has a value.</summary>
    public bool HasNetInflowsPriorHigh => Available(() => NetInflowsPriorHigh);

    /// <summary>The largest net inflows in USD of any earlier period of the edition's kind (e.g. any earlier month) that the
    /// flows data set covers whole: the edition's net inflows are a record in the data when they exceed it.</summary>
    /// <exception cref="InsufficientDataException">The flow data covers no earlier period whole.</exception>
    public MetricValue NetInflowsPriorHigh => Cached(nameof(NetInflowsPriorHigh), () =>
    {
        var r = PriorHigh();
        var inputs = string.Create(CultureInfo.InvariantCulture, $"largest of the net inflows of {r.Periods} earlier whole periods in the flow data ({r.First} to {_scope.Period.Previous()}), in {r.Period}");
        return new MetricValue((double)r.Usd, MetricUnit.Usd, MetricNames.NetInflowsPriorHigh, Ticker, inputs, [_scope.Data.FundFlowsSource ?? "fund-flows"], _scope.AsOf);
    });

    /// <summary>How many earlier periods of the edition's kind the flow data covers whole (a count): what a record in
    /// <see cref="NetInflowsPriorHigh"/> is measured against.</summary>
    /// <exception cref="InsufficientDataException">The flow data covers no earlier period whole.</exception>
    public MetricValue NetInflowsPriorPeriods => Cached(nameof(NetInflowsPriorPeriods), () =>
    {
        var r = PriorHigh();
        var inputs = string.Create(CultureInfo.InvariantCulture, $"earlier periods of the edition's kind with computed daily flows for the whole period, {r.First} to {_scope.Period.Previous()}");
        return new MetricValue(r.Periods, MetricUnit.Number, MetricNames.NetInflowsPriorPeriods, Ticker, inputs, [_scope.Data.FundFlowsSource ?? "fund-flows"], _scope.AsOf);
    });

    // Computed for each of the two figures above, which are each computed once (a few hundred rows).
    private NetInflowsPriorHighResult PriorHigh()
    {
        var rows = _scope.Data.FundFlows.Where(f => f.Ticker == Ticker && f.NetFlowUsd is not null).OrderBy(f => f.Date).ToList();
        var series = new UsdSeries(Ticker, [.. rows.Select(f => f.Date)], [.. rows.Select(f => f.NetFlowUsd!.Value)]);
        return Metrics.Flows.NetInflowsPriorHigh.Compute(series, _scope.Period, _scope.AsOf);
    }

    private static bool Available(Func<MetricValue> compute)
    {
        try
        {
            _ = compute();
            return true;
        }
        catch (InsufficientDataException)
        {
            return false;
        }
    }
}
