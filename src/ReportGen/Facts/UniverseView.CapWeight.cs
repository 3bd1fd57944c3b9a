using System.Globalization;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Universes;

namespace ReportGen.Facts;

/// <summary>
/// The universe held in market-capitalization weights, reset at each quarter start (<see cref="CapWeightRebalanced"/>), beside
/// its equal-weight figures; and the house stress scenario on both bases. Share counts are implied by the fundamentals
/// snapshots dated on or before the edition's as-of date (Market Cap / quoted close on the snapshot date), the nearest one
/// to each quarter start; members without a market capitalization in any of them (e.g. not in the S&amp;P 500) are left out
/// and listed in <see cref="CapWeightMissing"/>.
/// </summary>
public sealed partial class UniverseView
{
    /// <summary>True when at least two members have a market capitalization in a snapshot dated on or before the as-of date and the
    /// cap-weighted return over the edition's period can be computed (each member has a quoted close at the quarter's start).</summary>
    public bool HasCapWeight => Get(nameof(HasCapWeight), () =>
    {
        if (CapWeightInputs().Count < 2)
        {
            return false;
        }

        try
        {
            _ = CapPeriod();
            return true;
        }
        catch (InsufficientDataException)
        {
            return false;
        }
    });

    /// <summary>Members with a market capitalization for the cap-weighted basket (count).</summary>
    public MetricValue CapWeightMembers => Get(nameof(CapWeightMembers), () =>
        new MetricValue(CapWeightInputs().Count, MetricUnit.Number, MetricNames.CapWeightMembers, Name, "members with a Market Cap in a fundamentals snapshot dated on or before " + Iso(_scope.AsOf), CapSnapshotSources(), _scope.AsOf));

    /// <summary>Members left out of the cap-weighted basket: no market capitalization in any snapshot dated on or before the as-of date.</summary>
    public IReadOnlyList<SecurityView> CapWeightMissing => [.. Members.Where(m => CapWeightInputs().All(c => c.Ticker != m.Ticker))];

    /// <summary>Cap-weighted total return over the edition's period (fraction): weights from market capitalizations at the base close.</summary>
    /// <exception cref="InsufficientDataException">Fewer than two members with a market capitalization, or a member lacks a close at a cut-off.</exception>
    public MetricValue CapWeightReturn => CapWeightOver(nameof(CapWeightReturn), _scope.Period.Start.AddDays(-1), MetricNames.CapWeightReturnPeriod, "over " + _scope.Period).Figure;

    /// <summary>Cap-weighted total return year to date, weights reset at each quarter start (fraction).</summary>
    /// <exception cref="InsufficientDataException">As <see cref="CapWeightReturn"/>.</exception>
    public MetricValue CapWeightYtd => CapWeightOver(nameof(CapWeightYtd), new DateOnly(_scope.AsOf.Year, 1, 1).AddDays(-1), MetricNames.CapWeightReturnYtd, "year to date").Figure;

    /// <summary>Cap-weighted total return over the trailing 12 months, weights reset at each quarter start (fraction).</summary>
    /// <exception cref="InsufficientDataException">As <see cref="CapWeightReturn"/>.</exception>
    public MetricValue CapWeight12m => CapWeightOver(nameof(CapWeight12m), ReturnWindow.Trailing(12).Resolve(_scope.AsOf).BaseOnOrBefore!.Value, MetricNames.CapWeightReturn12m, "over the trailing 12 months").Figure;

    /// <summary>Members of the cap-weighted basket by weight at the period's start, largest first.</summary>
    /// <exception cref="InsufficientDataException">As <see cref="CapWeightReturn"/>.</exception>
    public IReadOnlyList<SecurityView> CapLargest => [.. CapPeriod().Result.StartWeights.Select(h => _scope.Security(h.Ticker))];

    /// <summary>Weight of the largest member in the cap-weighted basket at the period's start (fraction).</summary>
    /// <exception cref="InsufficientDataException">As <see cref="CapWeightReturn"/>.</exception>
    public MetricValue CapTopWeight => Get(nameof(CapTopWeight), () => CapWeightFigure(CapPeriod().Result.StartWeights[0].Weight, $"market-cap weight of {CapPeriod().Result.StartWeights[0].Ticker} at the close of {Iso(CapPeriod().Result.BaseCutoff)}"));

    /// <summary>Combined weight of the three largest members in the cap-weighted basket at the period's start (fraction).</summary>
    /// <exception cref="InsufficientDataException">As <see cref="CapWeightReturn"/>, or fewer than three members in the cap-weighted basket.</exception>
    public MetricValue CapTop3Weight => Get(nameof(CapTop3Weight), () => CapWeightFigure(TopWeight.Compute(CapPeriod().Result.StartWeights, 3, Name), $"combined market-cap weight of the three largest members at the close of {Iso(CapPeriod().Result.BaseCutoff)}"));

    /// <summary>The house stress scenario (reportgen.yml <c>stress:</c>) on the basket as reported: its N largest members by market
    /// capitalization at the edition's last close each fall by the shock, in equal weights and in cap weights.</summary>
    /// <exception cref="InsufficientDataException">As <see cref="CapWeightReturn"/>.</exception>
    public BasisStressView BasisStress => Get(nameof(BasisStress), () =>
    {
        var settings = _scope.Stress;
        var end = CapPeriod().Result.EndWeights;
        var cap = StressScenario.Apply(end, settings.Shock, Math.Min(settings.Top, end.Count), null, Name);
        var equal = StressOnNamedHoldings.Apply(EqualWeights.Compute([.. Members.Select(m => m.Ticker)], Name), cap.Tickers, settings.Shock, Name);
        var scenario = Inv($"each of the {cap.Tickers.Count} largest members by market capitalization at {Iso(_scope.AsOf)} ({string.Join(", ", cap.Tickers)}) falls {settings.Shock:0.##}; others unchanged");
        var sources = CapPeriod().Figure.SourceIds;
        return new BasisStressView(
            new MetricValue(settings.Shock, MetricUnit.Fraction, MetricNames.StressShock, Name, "house scenario from reportgen.yml", ["reportgen.yml"], _scope.AsOf),
            new MetricValue(cap.Tickers.Count, MetricUnit.Number, MetricNames.StressHoldings, Name, "house scenario from reportgen.yml", ["reportgen.yml"], _scope.AsOf),
            new MetricValue(equal.ReturnImpact, MetricUnit.Fraction, MetricNames.StressEqualWeightImpact, Name, scenario + Inv($"; in equal weights, {equal.Tickers.Count} of {Members.Count} members at 1/{Members.Count} each"), sources, _scope.AsOf),
            new MetricValue(cap.ReturnImpact, MetricUnit.Fraction, MetricNames.StressCapWeightImpact, Name, scenario + Inv($"; in cap weights at the last close, their combined weight {cap.ShockedWeight:0.####}"), sources, _scope.AsOf),
            new MetricValue(cap.ShockedWeight, MetricUnit.Fraction, MetricNames.StressShockedWeight, Name, scenario + "; their combined market-cap weight at the last close", sources, _scope.AsOf),
            [.. cap.Tickers.Select(_scope.Security)]);
    });

    /// <summary>Annualized volatility of the equal-weight basket's daily total returns over the trailing 12 months (fraction),
    /// from its value rebased with weights reset at each quarter start (<see cref="Metrics.Universes.EqualWeightReturn.Rebased"/>), × √252.</summary>
    /// <exception cref="InsufficientDataException">A member lacks 12 months of adjusted closes.</exception>
    public MetricValue Volatility => Get(nameof(Volatility), () =>
    {
        var v = Metrics.Risk.AnnualizedVolatility.For(BasketLine(), ReturnWindow.Trailing(12), _scope.AsOf);
        return new MetricValue(v.Value, MetricUnit.Fraction, MetricNames.AnnualizedVolatility12m, Name, Inv($"sample std dev of {v.Observations} daily returns of the equal-weight basket (weights reset at each quarter start) {Iso(v.StartDate)}..{Iso(v.EndDate)} × √252"), [.. PeriodSources().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], v.EndDate);
    });

    /// <summary>Maximum drawdown of the equal-weight basket over the trailing 12 months (fraction, zero or negative), on the same daily value as <see cref="Volatility"/>.</summary>
    /// <exception cref="InsufficientDataException">A member lacks 12 months of adjusted closes.</exception>
    public MetricValue MaxDrawdown => Get(nameof(MaxDrawdown), () =>
    {
        var d = BasketDrawdown();
        return new MetricValue(d.Depth, MetricUnit.Fraction, MetricNames.MaxDrawdown12m, Name, Inv($"equal-weight basket value (rebased) peak {Iso(d.PeakDate)} {d.PeakPrice:0.####} → trough {Iso(d.TroughDate)} {d.TroughPrice:0.####}"), [.. PeriodSources().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], _scope.AsOf);
    });

    /// <summary>Date of the peak before the basket's trailing-12-month maximum drawdown.</summary>
    public DateOnly MaxDrawdownPeak => BasketDrawdown().PeakDate;

    /// <summary>Date of the trough of the basket's trailing-12-month maximum drawdown.</summary>
    public DateOnly MaxDrawdownTrough => BasketDrawdown().TroughDate;

    private Metrics.Risk.DrawdownResult BasketDrawdown() => Get("basket_drawdown", () => Metrics.Risk.MaxDrawdown.For(BasketLine(), ReturnWindow.Trailing(12), _scope.AsOf));

    // The equal-weight basket's daily value over the trailing 12 months, as the charts draw it, as one adjusted-close series.
    private PriceSeries BasketLine() => Get("basket_line", () =>
    {
        var series = Members.Select(m => _scope.Data.Prices[m.Ticker].AdjustedClose ?? throw new InsufficientDataException(MetricNames.AnnualizedVolatility12m, m.Ticker, "adjusted closes")).ToList();
        var cutoff = ReturnWindow.Trailing(12).Resolve(_scope.AsOf).BaseOnOrBefore!.Value;
        var baseDate = series.Select(s => s.IndexOnOrBefore(cutoff) is var i and >= 0 ? s.Dates[i] : throw new InsufficientDataException(MetricNames.AnnualizedVolatility12m, s.Ticker, "a close on or before " + Iso(cutoff))).Max();
        var line = Metrics.Universes.EqualWeightReturn.Rebased(series, baseDate, _scope.AsOf, Name);
        return new PriceSeries(Name, PriceField.AdjustedClose, [.. line.Select(p => p.Date)], [.. line.Select(p => p.Value)]);
    });

    private (MetricValue Figure, CapWeightedReturn Result) CapPeriod() => CapWeightOver(nameof(CapWeightReturn), _scope.Period.Start.AddDays(-1), MetricNames.CapWeightReturnPeriod, "over " + _scope.Period);

    private (MetricValue Figure, CapWeightedReturn Result) CapWeightOver(string key, DateOnly baseCutoff, string metric, string window) => Get("cap_weight_" + key, () =>
    {
        var inputs = CapWeightInputs();
        if (inputs.Count < 2)
        {
            throw new InsufficientDataException(metric, Name, "market capitalizations for at least two members in a fundamentals snapshot dated on or before " + Iso(_scope.AsOf));
        }

        var r = CapWeightRebalanced.Compute([.. inputs.Select(i => i.Member)], baseCutoff, _scope.AsOf, Name);
        var snapshots = string.Join(", ", inputs.SelectMany(i => i.Member.MarketCaps.Select(c => c.Date)).Distinct().Order().Select(Iso));
        var text = Inv($"{inputs.Count} members {window}, held in market-cap weights reset at {r.Pieces} quarter start{(r.Pieces == 1 ? "" : "s")} (shares implied by Market Cap / quoted close in the snapshots of {snapshots}, times the quoted close at each quarter start); weights at {Iso(r.BaseCutoff)}: {string.Join(", ", r.StartWeights.Select(h => Inv($"{h.Ticker} {h.Weight:0.####}")))}");
        if (r.Pieces > 1)
        {
            text = Inv($"{inputs.Count} members {window}, held in market-cap weights reset at each of {r.Pieces} quarter starts and chained (shares implied by Market Cap / quoted close in the snapshots of {snapshots})");
        }

        var sources = inputs.SelectMany(i => i.Sources).Concat(CapSnapshotSources()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (new MetricValue(r.Value, MetricUnit.Fraction, metric, Name, text, sources, _scope.AsOf), r);
    });

    // Each member with prices and at least one market capitalization in a snapshot on or before the as-of date.
    private List<(string Ticker, CapWeightMember Member, List<string> Sources)> CapWeightInputs() => Get("cap_weight_inputs", () =>
    {
        var result = new List<(string, CapWeightMember, List<string>)>();
        foreach (var m in Members)
        {
            var prices = _scope.Data.Prices.TryGetValue(m.Ticker, out var p) ? p : null;
            var caps = _scope.Data.Fundamentals
                .Where(s => s.Companies.TryGetValue(m.Ticker, out var row) && row.MarketCapUsd is > 0)
                .Select(s => new MarketCap(m.Ticker, s.AsOf, (double)s.Companies[m.Ticker].MarketCapUsd!.Value))
                .ToList();
            if (prices is { AdjustedClose: { } adj, Close: { } close } && caps.Count > 0)
            {
                result.Add((m.Ticker, new CapWeightMember(m.Ticker, adj, close, caps), [prices.AdjustedCloseSource!, prices.CloseSource!]));
            }
        }

        return result;
    });

    private List<string> CapSnapshotSources() =>
        [.. _scope.Data.Fundamentals.Where(s => Members.Any(m => s.Companies.TryGetValue(m.Ticker, out var row) && row.MarketCapUsd is > 0)).Select(s => s.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private MetricValue CapWeightFigure(double value, string inputs) =>
        new(value, MetricUnit.Fraction, MetricNames.CapWeight, Name, inputs, CapPeriod().Figure.SourceIds, _scope.AsOf);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The house stress scenario on the basket as it is reported (<c>u.basis_stress</c>): the same names shocked in equal and in cap weights.</summary>
/// <param name="Shock">The shock to each shocked member (fraction, e.g. −0.20).</param>
/// <param name="Holdings">How many members are shocked (a count): the house number, or fewer when the cap-weighted basket is smaller.</param>
/// <param name="EqualWeightImpact">The equal-weight basket's return from the shock (fraction): shock × shocked / N.</param>
/// <param name="CapWeightImpact">The cap-weighted basket's return from the shock (fraction): shock × their combined cap weight at the last close.</param>
/// <param name="CapShockedWeight">The shocked members' combined weight in the cap-weighted basket at the last close (fraction).</param>
/// <param name="Members">The shocked members, largest first.</param>
public sealed record BasisStressView(MetricValue Shock, MetricValue Holdings, MetricValue EqualWeightImpact, MetricValue CapWeightImpact, MetricValue CapShockedWeight, IReadOnlyList<SecurityView> Members);
