using System.Collections.Concurrent;
using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;

namespace ReportGen.Facts;

/// <summary>
/// One security as a template sees it (<c>security "NVDA"</c>): its master data and its metrics as of the edition,
/// computed on first use. Scriban exposes members in snake_case (<c>period_return</c>, <c>ytd</c>).
/// </summary>
public sealed partial class SecurityView
{
    private readonly EditionScope _scope;
    private readonly ConcurrentDictionary<(Period, string), MetricValue> _returns = new();
    private readonly ConcurrentDictionary<string, MetricValue> _values = new(StringComparer.Ordinal);
    private readonly Lazy<MilestoneView?> _milestone;
    private Metrics.Risk.DrawdownResult? _drawdown;

    internal SecurityView(EditionScope scope, string ticker)
    {
        _scope = scope;
        Ticker = ticker;
        var master = scope.Data.Securities.GetValueOrDefault(ticker);
        Name = master?.Name ?? ticker;
        Sector = master?.Sector ?? string.Empty;
        Industry = master?.Industry ?? string.Empty;
        Kind = master?.Kind ?? SecurityKind.Stock;
        _milestone = new Lazy<MilestoneView?>(FindMilestone);
    }

    /// <summary>The ticker, e.g. <c>NVDA</c>.</summary>
    public string Ticker { get; }

    /// <summary>Display name from the security master, e.g. "Nvidia".</summary>
    public string Name { get; }

    /// <summary>GICS sector, or empty.</summary>
    public string Sector { get; }

    /// <summary>GICS sub-industry, or empty.</summary>
    public string Industry { get; }

    /// <summary>Stock, ETF or index.</summary>
    public SecurityKind Kind { get; }

    /// <summary>What this security's returns measure, for labels: <c>"price return"</c> for a price index (an index's
    /// level, such as ^SPX or ^NDX, carries no dividends: its adjusted close is its close), <c>"total return"</c> for a stock
    /// or fund (split- and dividend-adjusted closes). From the security kind of data/securities.csv.</summary>
    public string ReturnBasis => ReturnBasisOf(Kind);

    /// <summary>The label of <see cref="ReturnBasis"/> for a security kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>"price return"</c> for <see cref="SecurityKind.Index"/>, else <c>"total return"</c>.</returns>
    public static string ReturnBasisOf(SecurityKind kind) => kind == SecurityKind.Index ? "price return" : "total return";

    /// <summary>Total return over the edition's period to its as-of date (fraction).</summary>
    /// <exception cref="InsufficientDataException">Not enough adjusted closes.</exception>
    public MetricValue PeriodReturn => ReturnFor(_scope.Period, MetricNames.TotalReturn);

    /// <summary>Total return month to date, as of the edition (fraction).</summary>
    /// <exception cref="InsufficientDataException">Not enough adjusted closes.</exception>
    public MetricValue Mtd => ReturnFor(Period.Containing(PeriodKind.Month, _scope.AsOf), MetricNames.TotalReturnMtd);

    /// <summary>Total return quarter to date, as of the edition (fraction).</summary>
    /// <exception cref="InsufficientDataException">Not enough adjusted closes.</exception>
    public MetricValue Qtd => ReturnFor(Period.Containing(PeriodKind.Quarter, _scope.AsOf), MetricNames.TotalReturnQtd);

    /// <summary>Total return year to date, as of the edition (fraction).</summary>
    /// <exception cref="InsufficientDataException">Not enough adjusted closes.</exception>
    public MetricValue Ytd => ReturnFor(Period.Containing(PeriodKind.Year, _scope.AsOf), MetricNames.TotalReturnYtd);

    internal MetricValue ReturnFor(Period period, string metric) =>
        _returns.GetOrAdd((period, metric), key => _scope.TotalReturnOf(Ticker, key.Item1, key.Item2));
}
