using System.Globalization;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Risk;

namespace ReportGen.Facts;

/// <summary>
/// A basket's daily value over one window, as a template sees it (<c>basket u "2022-12-30"</c>, <c>basket rsp "1y"</c>):
/// its total return, annualized volatility and maximum drawdown, all read from one line, the line an
/// <c>indexed-performance</c> chart with <c>universes:</c> draws. A universe's line chains its point-in-time members quarter
/// by quarter (<see cref="Metrics.Universes.PointInTimeEqualWeight"/>); a security's line is its adjusted closes.
/// </summary>
public sealed class BasketView
{
    private readonly DrawdownResult _drawdown;

    internal BasketView(string subject, BasketNames names, IReadOnlyList<(DateOnly Date, double Value)> line, IReadOnlyList<string> sources, IReadOnlyList<string> joined, string basis)
    {
        if (line.Count < 2)
        {
            throw new InsufficientDataException(names.Return, subject, "at least two daily values of the basket in the window");
        }

        var series = new PriceSeries(subject, PriceField.AdjustedClose, [.. line.Select(p => p.Date)], [.. line.Select(p => p.Value)]);
        var (first, last) = (line[0], line[^1]);
        BaseDate = first.Date;
        Joined = joined;
        TotalReturn = new MetricValue((last.Value / first.Value) - 1, MetricUnit.Fraction, names.Return, subject,
            Inv($"{basis}, {first.Date:yyyy-MM-dd} 100 → {last.Date:yyyy-MM-dd} {100 * last.Value / first.Value:0.####}"), sources, last.Date);
        var vol = AnnualizedVolatility.For(series, ReturnWindow.Inception, last.Date);
        Volatility = new MetricValue(vol.Value, MetricUnit.Fraction, names.Volatility, subject,
            Inv($"sample std dev of {vol.Observations} daily returns of the {basis} {vol.StartDate:yyyy-MM-dd}..{vol.EndDate:yyyy-MM-dd} × √252"), sources, last.Date);
        _drawdown = Metrics.Risk.MaxDrawdown.For(series, ReturnWindow.Inception, last.Date);
        MaxDrawdown = new MetricValue(_drawdown.Depth, MetricUnit.Fraction, names.MaxDrawdown, subject,
            Inv($"largest fall of the {basis}: peak {_drawdown.PeakDate:yyyy-MM-dd} → trough {_drawdown.TroughDate:yyyy-MM-dd}"), sources, last.Date);
    }

    /// <summary>The base close of the window (value 100).</summary>
    public DateOnly BaseDate { get; }

    /// <summary>Total return from the base close to the last close (fraction: 0.15 = +15%); for a universe, the chained
    /// equal-weight return with each quarter's own members.</summary>
    public MetricValue TotalReturn { get; }

    /// <summary>Annualized volatility of the line's daily returns over the window (fraction per year; sample standard deviation × √252).</summary>
    public MetricValue Volatility { get; }

    /// <summary>Maximum drawdown of the line over the window (fraction, zero or negative: −0.3 = a 30% fall from peak to trough).</summary>
    public MetricValue MaxDrawdown { get; }

    /// <summary>The peak before the maximum drawdown.</summary>
    public DateOnly MaxDrawdownPeak => _drawdown.PeakDate;

    /// <summary>The trough of the maximum drawdown.</summary>
    public DateOnly MaxDrawdownTrough => _drawdown.TroughDate;

    /// <summary>Tickers that entered the basket after the window's first quarter (point-in-time members that joined later), in
    /// data/universes.csv order; empty for a security or a basket whose members did not change.</summary>
    public IReadOnlyList<string> Joined { get; }

    /// <summary>The basket view of one security: its adjusted closes from the last close before <paramref name="from"/> to the as-of date.</summary>
    /// <param name="scope">The edition's facts.</param>
    /// <param name="ticker">The security.</param>
    /// <param name="from">The first day of the window.</param>
    /// <param name="trailing12m">True when the window is the trailing 12 months (its figures carry the <c>_12m</c> names).</param>
    /// <returns>The view (<see cref="Joined"/> empty).</returns>
    /// <exception cref="InsufficientDataException">No adjusted closes, no close before <paramref name="from"/>, or none near the as-of date.</exception>
    internal static BasketView ForSecurity(EditionScope scope, string ticker, DateOnly from, bool trailing12m)
    {
        var prices = scope.Data.Prices[ticker];
        var series = prices.AdjustedClose ?? throw new InsufficientDataException(MetricNames.TotalReturnSince, ticker, "adjusted closes (an 'Adj Close' column)");
        var i = series.IndexBefore(from);
        var baseDate = i >= 0 ? series.Dates[i] : throw new InsufficientDataException(MetricNames.TotalReturnSince, ticker, Inv($"a close before {from:yyyy-MM-dd}"));
        var line = Metrics.Universes.EqualWeightReturn.Rebased([series], baseDate, scope.AsOf, ticker);
        return new BasketView(ticker, BasketNames.Of(trailing12m, universe: false), line, [prices.AdjustedCloseSource ?? "prices"], [], "adjusted closes");
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The metric names of a basket view's figures: the <c>_12m</c> names over the trailing 12 months, else the <c>_since</c> names.</summary>
/// <param name="Return">The total return's name.</param>
/// <param name="Volatility">The annualized volatility's name.</param>
/// <param name="MaxDrawdown">The maximum drawdown's name.</param>
internal sealed record BasketNames(string Return, string Volatility, string MaxDrawdown)
{
    /// <summary>The names for a window.</summary>
    /// <param name="trailing12m">True for the trailing 12 months.</param>
    /// <param name="universe">True for a universe's equal-weight line, false for a security.</param>
    /// <returns>The names.</returns>
    public static BasketNames Of(bool trailing12m, bool universe) => trailing12m
        ? new(universe ? MetricNames.EqualWeightReturn12m : MetricNames.TotalReturn12m, MetricNames.AnnualizedVolatility12m, MetricNames.MaxDrawdown12m)
        : new(universe ? MetricNames.EqualWeightReturnSince : MetricNames.TotalReturnSince, MetricNames.AnnualizedVolatilitySince, MetricNames.MaxDrawdownSince);
}

/// <summary>One member's contribution to its universe's equal-weight return over the edition's quarter (<c>u.contributions</c>).</summary>
/// <param name="Security">The member.</param>
/// <param name="Contribution">Its return × 1/N, in percentage points of the basket's return (a fraction: 0.05 = +5 pp).</param>
public sealed record ContributionView(SecurityView Security, MetricValue Contribution);
