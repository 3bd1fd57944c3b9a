using System.Globalization;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Risk;

namespace ReportGen.Facts;

/// <summary>Trailing returns and risk measures of a security, over the 12 months to the edition's as-of date.</summary>
public sealed partial class SecurityView
{
    /// <summary>Total return over the trailing 12 calendar months to the as-of date (fraction).</summary>
    /// <exception cref="InsufficientDataException">Less than 12 months of adjusted closes.</exception>
    public MetricValue Trailing12m => Cached(nameof(Trailing12m), () =>
        _scope.TotalReturnMetric(Ticker, MetricNames.TotalReturn12m, series => TotalReturn.For(series, ReturnWindow.Trailing(12), _scope.AsOf)));

    /// <summary>Price return over the edition's period, from quoted closes (fraction); excludes dividends.</summary>
    /// <exception cref="InsufficientDataException">No quoted closes covering the period.</exception>
    public MetricValue PriceReturnPeriod => Cached(nameof(PriceReturnPeriod), () =>
    {
        var prices = _scope.Data.Prices[Ticker];
        var close = prices.Close ?? throw new InsufficientDataException(MetricNames.PriceReturn, Ticker, "quoted closes (a 'Close' column)");
        var r = PriceReturn.For(close, ReturnWindow.For(_scope.Period), _scope.AsOf);
        return Value(r.Value, MetricUnit.Fraction, MetricNames.PriceReturn, Inv($"Close {r.StartDate:yyyy-MM-dd} {r.StartPrice:0.##} → {r.EndDate:yyyy-MM-dd} {r.EndPrice:0.##}"), prices.CloseSource!, r.EndDate);
    });

    /// <summary>Annualized volatility of daily total returns over the trailing 12 months (fraction: 0.45 = 45%).</summary>
    /// <exception cref="InsufficientDataException">Too few adjusted closes.</exception>
    public MetricValue Volatility => Cached(nameof(Volatility), () =>
    {
        var v = AnnualizedVolatility.For(Adjusted("annualized_volatility"), ReturnWindow.Trailing(12), _scope.AsOf);
        return Value(v.Value, MetricUnit.Fraction, MetricNames.AnnualizedVolatility12m, Inv($"sample std dev of {v.Observations} daily returns {v.StartDate:yyyy-MM-dd}..{v.EndDate:yyyy-MM-dd} × √252"), AdjustedSource, v.EndDate);
    });

    /// <summary>Maximum drawdown over the trailing 12 months (fraction, zero or negative: −0.35 = a 35% fall from peak to trough).</summary>
    /// <exception cref="InsufficientDataException">Too few adjusted closes.</exception>
    public MetricValue MaxDrawdown => Cached(nameof(MaxDrawdown), () =>
    {
        var d = DrawdownOf();
        return Value(d.Depth, MetricUnit.Fraction, MetricNames.MaxDrawdown12m, Inv($"Adj Close peak {d.PeakDate:yyyy-MM-dd} {d.PeakPrice:0.####} → trough {d.TroughDate:yyyy-MM-dd} {d.TroughPrice:0.####}"), AdjustedSource, _scope.AsOf);
    });

    /// <summary>Date of the peak before the trailing-12-month maximum drawdown.</summary>
    public DateOnly MaxDrawdownPeak => DrawdownOf().PeakDate;

    /// <summary>Date of the trough of the trailing-12-month maximum drawdown.</summary>
    public DateOnly MaxDrawdownTrough => DrawdownOf().TroughDate;

    /// <summary>Current drawdown: the as-of close against the highest close of the trailing 12 months (fraction, zero or negative).</summary>
    /// <exception cref="InsufficientDataException">Too few adjusted closes.</exception>
    public MetricValue CurrentDrawdown => Cached(nameof(CurrentDrawdown), () =>
    {
        var d = Metrics.Risk.CurrentDrawdown.For(Adjusted("current_drawdown"), ReturnWindow.Trailing(12), _scope.AsOf);
        return Value(d.Depth, MetricUnit.Fraction, MetricNames.CurrentDrawdown12m, Inv($"Adj Close {d.Date:yyyy-MM-dd} {d.Price:0.####} vs 12-month high {d.PeakDate:yyyy-MM-dd} {d.PeakPrice:0.####}"), AdjustedSource, d.Date);
    });

    /// <summary>Beta of daily total returns to the edition's benchmark over the trailing 12 months (a ratio).</summary>
    /// <exception cref="InsufficientDataException">Too few aligned closes.</exception>
    public MetricValue Beta => Cached(nameof(Beta), () => PairStatistic(MetricNames.Beta12m, (a, b) => Metrics.Risk.Beta.For(a, b, ReturnWindow.Trailing(12), _scope.AsOf)));

    /// <summary>Correlation of daily total returns with the edition's benchmark over the trailing 12 months (−1 to 1).</summary>
    /// <exception cref="InsufficientDataException">Too few aligned closes.</exception>
    public MetricValue Correlation => Cached(nameof(Correlation), () => PairStatistic(MetricNames.Correlation12m, (a, b) => Metrics.Risk.Correlation.For(a, b, ReturnWindow.Trailing(12), _scope.AsOf)));

    private string AdjustedSource => _scope.Data.Prices[Ticker].AdjustedCloseSource ?? "prices";

    private DrawdownResult DrawdownOf() => _drawdown ??= Metrics.Risk.MaxDrawdown.For(Adjusted("max_drawdown"), ReturnWindow.Trailing(12), _scope.AsOf);

    private MetricValue PairStatistic(string metric, Func<PriceSeries, PriceSeries, SampleStatistic> compute)
    {
        var benchmark = _scope.Security(_scope.Benchmark);
        var s = compute(Adjusted(metric), benchmark.Adjusted(metric));
        var sources = new[] { AdjustedSource, benchmark.AdjustedSource }.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MetricValue(s.Value, MetricUnit.Number, metric, $"{Ticker} vs {_scope.Benchmark}", Inv($"{s.Observations} paired daily returns {s.StartDate:yyyy-MM-dd}..{s.EndDate:yyyy-MM-dd}"), sources, s.EndDate);
    }

    internal PriceSeries Adjusted(string metric) =>
        _scope.Data.Prices[Ticker].AdjustedClose ?? throw new InsufficientDataException(metric, Ticker, "adjusted closes (an 'Adj Close' column)");

    private MetricValue Value(double value, MetricUnit unit, string metric, string inputs, string source, DateOnly asOf) =>
        new(value, unit, metric, Ticker, inputs, [source], asOf);

    private MetricValue Cached(string key, Func<MetricValue> compute) => _values.GetOrAdd(key, _ => compute());

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
