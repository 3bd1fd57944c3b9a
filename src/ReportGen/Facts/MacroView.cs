using ReportGen.Data;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>
/// A monthly macro file as a template sees it (<c>macro "shiller"</c>): the newest published month of the 10-year Treasury
/// yield, the S&amp;P 500's cyclically adjusted P/E (CAPE) and its trailing earnings, each as of the edition's date, and whether
/// each is recent enough to describe the edition's period (<see cref="MaxAgeMonths"/>).
/// Source: Robert Shiller's monthly S&amp;P 500 data (Irrational Exuberance, updated monthly; the 10-year yield is FRED GS10),
/// columns <c>Long Interest Rate</c> (percent), <c>PE10</c> (multiple) and <c>Earnings</c> (index dollars).
/// </summary>
public sealed class MacroView
{
    /// <summary>A value is current when its month ended no more than this many whole months before the as-of date's month:
    /// a quarterly note may quote the last month of its quarter or the one before.</summary>
    public const int MaxAgeMonths = 2;

    private readonly MacroSeries _series;
    private readonly DateOnly _asOf;

    internal MacroView(MacroSeries series, DateOnly asOf)
    {
        _series = series;
        _asOf = asOf;
    }

    /// <summary>True when the file has a 10-year yield for some month up to the as-of date.</summary>
    public bool HasTenYearYield => _series.Latest("Long Interest Rate") is not null;

    /// <summary>The newest 10-year Treasury yield (fraction: 3.53% is 0.0353), a monthly average.</summary>
    /// <exception cref="InsufficientDataException">No month has a value (<see cref="HasTenYearYield"/>).</exception>
    public MetricValue TenYearYield => Value("Long Interest Rate", MetricUnit.Fraction, MetricNames.TenYearYield, v => v / 100, "10-year Treasury yield, monthly average, percent");

    /// <summary>True when the file has a CAPE for some month up to the as-of date.</summary>
    public bool HasCape => _series.Latest("PE10") is not null;

    /// <summary>The newest cyclically adjusted P/E of the S&amp;P 500 (multiple).</summary>
    /// <exception cref="InsufficientDataException">No month has a value (<see cref="HasCape"/>).</exception>
    public MetricValue Cape => Value("PE10", MetricUnit.Multiple, MetricNames.Cape, v => v, "cyclically adjusted P/E");

    /// <summary>True when the file has index earnings for some month up to the as-of date.</summary>
    public bool HasEarnings => _series.Latest("Earnings") is not null;

    /// <summary>The newest trailing twelve-month earnings per S&amp;P 500 index share (USD).</summary>
    /// <exception cref="InsufficientDataException">No month has a value (<see cref="HasEarnings"/>).</exception>
    public MetricValue Earnings => Value("Earnings", MetricUnit.Usd, MetricNames.IndexEarnings, v => v, "S&P 500 trailing earnings, index dollars");

    /// <summary>First day of the month of <see cref="TenYearYield"/>; null without one.</summary>
    public DateOnly? TenYearYieldMonth => _series.Latest("Long Interest Rate")?.Month;

    /// <summary>First day of the month of <see cref="Cape"/>; null without one.</summary>
    public DateOnly? CapeMonth => _series.Latest("PE10")?.Month;

    /// <summary>First day of the month of <see cref="Earnings"/>; null without one.</summary>
    public DateOnly? EarningsMonth => _series.Latest("Earnings")?.Month;

    /// <summary>True when the yield and the CAPE both exist and are current (<see cref="MaxAgeMonths"/>), so a note may describe
    /// its period with them.</summary>
    public bool IsCurrent => IsRecent(TenYearYieldMonth) && IsRecent(CapeMonth);

    /// <summary>True when the earnings exist and are current (<see cref="MaxAgeMonths"/>).</summary>
    public bool EarningsCurrent => IsRecent(EarningsMonth);

    private bool IsRecent(DateOnly? month) =>
        month is { } m && ((_asOf.Year - m.Year) * 12) + _asOf.Month - m.Month <= MaxAgeMonths;

    private MetricValue Value(string column, MetricUnit unit, string metric, Func<double, double> scale, string what)
    {
        if (_series.Latest(column) is not { } latest)
        {
            throw new InsufficientDataException(metric, _series.Name, FormattableString.Invariant($"a '{column}' value for a month ending on or before {_asOf:yyyy-MM-dd}"));
        }

        var (month, value) = latest;

        var inputs = FormattableString.Invariant($"{column} {month:yyyy-MM} {value:0.####} ({what})");
        return new MetricValue(scale(value), unit, metric, "S&P 500", inputs, [_series.SourceId], month.AddMonths(1).AddDays(-1));
    }
}
