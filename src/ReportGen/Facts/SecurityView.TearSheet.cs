using System.Globalization;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Risk;

namespace ReportGen.Facts;

/// <summary>Whether a security's figures exist as of the edition, for templates that must say so when one is missing (a
/// tear sheet of a fund listed last year has no trailing-year risk; a company with losses has no P/E); and the tear
/// sheet's longer-horizon figures: the 3-year annualized return and the 52-week closing range.</summary>
public sealed partial class SecurityView
{
    /// <summary>The months of the trailing window of <see cref="AnnualizedReturn3y"/>.</summary>
    public const int AnnualizedMonths = 36;

    private FiftyTwoWeekRangeResult? _range;

    /// <summary>True when <see cref="PeriodReturn"/> can be computed (the security was quoted at the period's start).</summary>
    public bool HasPeriodReturn => Available(() => PeriodReturn);

    /// <summary>True when the trailing-12-month risk figures (<see cref="Volatility"/>, <see cref="MaxDrawdown"/>,
    /// <see cref="CurrentDrawdown"/>) can be computed.</summary>
    public bool HasRisk => Available(() => Volatility) && Available(() => MaxDrawdown) && Available(() => CurrentDrawdown);

    /// <summary>True when the edition's fundamentals snapshot gives a positive trailing P/E (<see cref="PriceToEarnings"/>).</summary>
    public bool HasPriceToEarnings => Available(() => PriceToEarnings);

    /// <summary>True when this security is the edition's benchmark (the report's first <c>benchmarks:</c> entry, else
    /// <c>benchmark</c> in reportgen.yml): a page about it has nothing to measure it against with that benchmark.</summary>
    public bool IsBenchmark => string.Equals(Ticker, _scope.Benchmark, StringComparison.Ordinal);

    /// <summary>
    /// Annualized total return over the trailing 36 calendar months to the as-of date (fraction per year: 0.21 = +21% a
    /// year): geometric, (1 + R)^(1/Y) − 1, with R the cumulative total return of adjusted closes (dividends reinvested)
    /// from the last close on or before the window's start to the last close on or before the as-of date, and Y the
    /// calendar days between those two closes / 365.25 (not trading days). Source: CFA Institute, <i>Quantitative
    /// Methods</i>, "Rates and Returns"; see <see cref="AnnualizedReturn"/>.
    /// </summary>
    /// <exception cref="InsufficientDataException">Less than 36 months of adjusted closes (a security listed since).</exception>
    public MetricValue AnnualizedReturn3y => Cached(nameof(AnnualizedReturn3y), () =>
    {
        var r = AnnualizedReturn.For(Adjusted(MetricNames.AnnualizedReturn3y), ReturnWindow.Trailing(AnnualizedMonths), _scope.AsOf);
        var c = r.Cumulative;
        return Value(r.Value, MetricUnit.Fraction, MetricNames.AnnualizedReturn3y,
            Inv($"Adj Close {c.StartDate:yyyy-MM-dd} {c.StartPrice:0.####} → {c.EndDate:yyyy-MM-dd} {c.EndPrice:0.####}: (1 {(c.Value < 0 ? "−" : "+")} {Math.Abs(c.Value):0.####})^(1/{r.Years:0.###} years) − 1, years = calendar days / 365.25"),
            AdjustedSource, c.EndDate);
    });

    /// <summary>True when <see cref="AnnualizedReturn3y"/> can be computed (three years of adjusted closes).</summary>
    public bool HasAnnualizedReturn3y => Available(() => AnnualizedReturn3y);

    /// <summary>The highest quoted close of the 52 weeks (as-of − 364 days to as-of, both included) in USD; daily closes, not
    /// intraday highs. Source: <see cref="FiftyTwoWeekRange"/>.</summary>
    /// <exception cref="InsufficientDataException">Less than 52 weeks of quoted closes, or a gap in them.</exception>
    public MetricValue High52w => Cached(nameof(High52w), () =>
    {
        var r = RangeOf();
        return Value(r.High, MetricUnit.Usd, MetricNames.FiftyTwoWeekHigh, Inv($"highest Close {WindowText(r)}: {r.HighDate:yyyy-MM-dd} {r.High:0.##}"), CloseSource, r.LastDate);
    });

    /// <summary>The lowest quoted close of the same 52 weeks as <see cref="High52w"/>, in USD.</summary>
    /// <exception cref="InsufficientDataException">As <see cref="High52w"/>.</exception>
    public MetricValue Low52w => Cached(nameof(Low52w), () =>
    {
        var r = RangeOf();
        return Value(r.Low, MetricUnit.Usd, MetricNames.FiftyTwoWeekLow, Inv($"lowest Close {WindowText(r)}: {r.LowDate:yyyy-MM-dd} {r.Low:0.##}"), CloseSource, r.LastDate);
    });

    /// <summary>Where the latest close sits in the 52-week closing range, (last − low) / (high − low) as a fraction: 0 at
    /// the low, 1 at the high, 0.5 halfway.</summary>
    /// <exception cref="InsufficientDataException">As <see cref="High52w"/>, or the high equals the low (no range).</exception>
    public MetricValue Position52w => Cached(nameof(Position52w), () =>
    {
        var r = RangeOf();
        if (r.High <= r.Low)
        {
            throw new InsufficientDataException(MetricNames.FiftyTwoWeekPosition, Ticker, "a 52-week high above the 52-week low");
        }

        return Value((r.Last - r.Low) / (r.High - r.Low), MetricUnit.Fraction, MetricNames.FiftyTwoWeekPosition,
            Inv($"(Close {r.LastDate:yyyy-MM-dd} {r.Last:0.##} − low {r.Low:0.##}) / (high {r.High:0.##} − low {r.Low:0.##}), closes {WindowText(r)}"), CloseSource, r.LastDate);
    });

    /// <summary>The day of the 52-week closing high (the latest, if repeated).</summary>
    /// <exception cref="InsufficientDataException">As <see cref="High52w"/>.</exception>
    public DateOnly High52wDate => RangeOf().HighDate;

    /// <summary>The day of the 52-week closing low (the latest, if repeated).</summary>
    /// <exception cref="InsufficientDataException">As <see cref="High52w"/>.</exception>
    public DateOnly Low52wDate => RangeOf().LowDate;

    /// <summary>The first calendar day of the 52-week look-back (as-of − 364 days).</summary>
    public DateOnly Range52wFrom => _scope.AsOf.AddDays(-FiftyTwoWeekRange.CalendarDays);

    /// <summary>True when the 52-week closing range can be computed and has a width (<see cref="Position52w"/>).</summary>
    public bool HasRange52w => Available(() => Position52w);

    /// <summary>The day of the last quoted close (the <c>Close</c> column) on or before the as-of date, or null when the data
    /// holds no quoted closes for this security (only dividend-adjusted ones), so a page can say why it has no 52-week price range.</summary>
    public DateOnly? QuotedCloseThrough =>
        _scope.Data.Prices.TryGetValue(Ticker, out var prices) && prices.Close is { } close && close.IndexOnOrBefore(_scope.AsOf) is var i and >= 0
            ? close.Dates[i]
            : null;

    /// <summary>True when the quoted closes end more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days before the
    /// as-of date (the data stops early), which is why <see cref="HasRange52w"/> is false though the history is long enough.</summary>
    public bool QuotedClosesEndEarly => QuotedCloseThrough is { } last && _scope.AsOf.DayNumber - last.DayNumber > GapPolicy.MaxCalendarDays;

    private string CloseSource => _scope.Data.Prices[Ticker].CloseSource ?? "prices";

    private FiftyTwoWeekRangeResult RangeOf() => _range ??= FiftyTwoWeekRange.For(
        _scope.Data.Prices[Ticker].Close ?? throw new InsufficientDataException(FiftyTwoWeekRange.Name, Ticker, "quoted closes (a 'Close' column)"),
        _scope.AsOf);

    private string WindowText(FiftyTwoWeekRangeResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{Range52wFrom:yyyy-MM-dd}..{r.LastDate:yyyy-MM-dd}");
}
