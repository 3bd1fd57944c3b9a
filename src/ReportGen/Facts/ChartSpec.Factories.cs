using ReportGen.Config;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

public sealed partial record ChartSpec
{
    /// <summary>Tolerance when checking that an indexed line starts at 100: 1e-6 index points.</summary>
    private const double RebaseTolerance = 1e-6;

    /// <summary>Indexed performance: each line's value rebased to 100 on its first date (e.g. total return from adjusted closes).</summary>
    /// <param name="id">File stem, lower-case letters, digits and hyphens.</param>
    /// <param name="title">Headline drawn at the top.</param>
    /// <param name="lines">One or more lines whose first value is 100 (±1e-6) and whose values are positive; mark the benchmark(s) with <see cref="ChartLine.IsBenchmark"/>.</param>
    /// <param name="sourceLine">"Source: ...; as of ..." (see <see cref="FormatSourceLine"/>).</param>
    /// <param name="subtitle">What is measured; null for "Total return, rebased to 100 on &lt;first date&gt;".</param>
    /// <param name="periodLabel">The span shown, e.g. "Q1 2026", for alt text and caption; null to name the dates.</param>
    /// <param name="culture">The site's culture (dates and numbers of the chart's text); English when null.</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Date"/> and y unit <see cref="MetricUnit.IndexLevel"/>.</returns>
    /// <exception cref="ArgumentException">A bad id, an empty title or source line, no lines, a line with fewer than 2 points, unordered dates, non-finite or non-positive values, or a first value other than 100.</exception>
    public static ChartSpec IndexedPerformance(string id, string title, IReadOnlyList<ChartLine> lines, string sourceLine, string? subtitle = null, string? periodLabel = null, SiteCulture? culture = null)
    {
        CheckCommon(id, title, sourceLine);
        CheckLines(id, lines);
        foreach (var line in lines)
        {
            if (Math.Abs(line.FirstValue - 100) > RebaseTolerance)
            {
                throw new ArgumentException($"chart '{id}', line '{line.Label}': first value is {ChartFormat.Exact(line.FirstValue)}; an indexed line starts at 100", nameof(lines));
            }

            foreach (var v in line.Values)
            {
                if (v <= 0)
                {
                    throw new ArgumentException($"chart '{id}', line '{line.Label}': value {ChartFormat.Exact(v)} is not positive; an indexed level cannot be", nameof(lines));
                }
            }
        }

        var start = lines.Min(l => l.Dates[0]);
        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.IndexedPerformance,
            Title = title,
            Subtitle = subtitle ?? "Total return, rebased to 100 on " + ChartFormat.Date(start, culture),
            SourceLine = sourceLine,
            XUnit = MetricUnit.Date,
            YUnit = MetricUnit.IndexLevel,
            PeriodLabel = periodLabel,
            Lines = [.. lines],
        };
    }

    /// <summary>Relative performance: each line is the spread of a security's or universe's return over one benchmark since the first date.</summary>
    /// <param name="id">File stem, lower-case letters, digits and hyphens.</param>
    /// <param name="title">Headline drawn at the top.</param>
    /// <param name="benchmarkLabel">The benchmark the spreads are measured against, e.g. "S&amp;P 500"; named in subtitle, alt text and caption.</param>
    /// <param name="spreads">One or more lines of spreads as fractions (0.05 = +5 percentage points), usually starting at 0.</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">Null for "Cumulative return minus &lt;benchmark&gt;, percentage points".</param>
    /// <param name="periodLabel">The span shown, e.g. "Q1 2026"; null to name the dates.</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Date"/> and y unit <see cref="MetricUnit.PercentagePoints"/>.</returns>
    /// <exception cref="ArgumentException">A bad id, empty title, benchmark or source line, no lines, a line with fewer than 2 points, unordered dates or non-finite values.</exception>
    public static ChartSpec RelativePerformance(string id, string title, string benchmarkLabel, IReadOnlyList<ChartLine> spreads, string sourceLine, string? subtitle = null, string? periodLabel = null)
    {
        CheckCommon(id, title, sourceLine);
        ArgumentException.ThrowIfNullOrWhiteSpace(benchmarkLabel);
        CheckLines(id, spreads);
        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.RelativePerformance,
            Title = title,
            Subtitle = subtitle ?? "Cumulative return minus " + benchmarkLabel + ", percentage points",
            SourceLine = sourceLine,
            XUnit = MetricUnit.Date,
            YUnit = MetricUnit.PercentagePoints,
            PeriodLabel = periodLabel,
            BenchmarkLabel = benchmarkLabel,
            Lines = [.. spreads],
        };
    }

    /// <summary>Drawdown (underwater): each line is the decline from its running peak, the first drawn as a filled area.</summary>
    /// <param name="id">File stem, lower-case letters, digits and hyphens.</param>
    /// <param name="title">Headline drawn at the top.</param>
    /// <param name="lines">One or more lines of drawdowns as fractions at or below 0 (-0.18 = 18% below the peak).</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">Null for "Decline from the running peak of total return".</param>
    /// <param name="periodLabel">The span shown; null to name the dates.</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Date"/> and y unit <see cref="MetricUnit.Fraction"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="RelativePerformance"/>, or a value above 0.</exception>
    public static ChartSpec Drawdown(string id, string title, IReadOnlyList<ChartLine> lines, string sourceLine, string? subtitle = null, string? periodLabel = null)
    {
        CheckCommon(id, title, sourceLine);
        CheckLines(id, lines);
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Values.Count; i++)
            {
                if (line.Values[i] > 1e-12)
                {
                    throw new ArgumentException($"chart '{id}', line '{line.Label}': drawdown on {line.Dates[i]:yyyy-MM-dd} is {ChartFormat.Exact(line.Values[i])}; a drawdown is at or below 0", nameof(lines));
                }
            }
        }

        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.Drawdown,
            Title = title,
            Subtitle = subtitle ?? "Decline from the running peak of total return",
            SourceLine = sourceLine,
            XUnit = MetricUnit.Date,
            YUnit = MetricUnit.Fraction,
            PeriodLabel = periodLabel,
            Lines = [.. lines],
        };
    }

    /// <summary>Sorted returns: one horizontal bar per security, best at the top; gains and losses in distinct colours.</summary>
    /// <param name="id">File stem.</param>
    /// <param name="title">Headline.</param>
    /// <param name="returns">Returns as fractions (0.42 = +42%), in any order; sorted here, highest first, ties by label.</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">Null for "Total return" (plus " in &lt;period&gt;" when a period label is given).</param>
    /// <param name="periodLabel">The span the returns cover, e.g. "Q1 2026".</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Fraction"/> and y unit <see cref="MetricUnit.Category"/>.</returns>
    /// <exception cref="ArgumentException">A bad id, empty title or source, no bars, an empty label or a non-finite value.</exception>
    public static ChartSpec SortedReturns(string id, string title, IReadOnlyList<ChartBar> returns, string sourceLine, string? subtitle = null, string? periodLabel = null) =>
        HorizontalBars(id, ChartKind.SortedReturns, title, returns, sourceLine, MetricUnit.Fraction,
            subtitle ?? "Total return" + (periodLabel is null ? string.Empty : ", " + periodLabel), periodLabel);

    /// <summary>Contribution to return: one horizontal bar per member, weight × return, largest at the top.</summary>
    /// <param name="id">File stem.</param>
    /// <param name="title">Headline.</param>
    /// <param name="universeLabel">The universe whose return is split up, e.g. "AI basket".</param>
    /// <param name="contributions">Each member's contribution as a fraction of the universe's value (0.035 = 3.5 percentage points); they sum to the universe's return.</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">Null for "Contribution to the &lt;universe&gt; return, percentage points".</param>
    /// <param name="periodLabel">The span, e.g. "Q1 2026".</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.PercentagePoints"/> and y unit <see cref="MetricUnit.Category"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="SortedReturns"/>, or an empty universe label.</exception>
    public static ChartSpec Contribution(string id, string title, string universeLabel, IReadOnlyList<ChartBar> contributions, string sourceLine, string? subtitle = null, string? periodLabel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(universeLabel);
        return HorizontalBars(id, ChartKind.Contribution, title, contributions, sourceLine, MetricUnit.PercentagePoints,
            subtitle ?? "Contribution to the " + universeLabel + " return" + (periodLabel is null ? string.Empty : " " + During(periodLabel)) + ", percentage points", periodLabel)
            with
        { BenchmarkLabel = universeLabel };
    }

    /// <summary>Valuation history: a line per series of a multiple (e.g. a universe's median P/E and the rest of the index's), one
    /// marked point per dated snapshot.</summary>
    /// <param name="id">File stem.</param>
    /// <param name="title">Headline.</param>
    /// <param name="lines">Lines of positive multiples (35.2 = 35.2x) at the snapshots' dates, the comparison marked <see cref="ChartLine.IsBenchmark"/>.</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">What is measured, e.g. "Median trailing P/E at each fundamentals snapshot".</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Date"/> and y unit <see cref="MetricUnit.Multiple"/>.</returns>
    /// <exception cref="ArgumentException">Bad common fields, a line with fewer than 2 points, unordered dates, or a value not above 0.</exception>
    public static ChartSpec ValuationHistory(string id, string title, IReadOnlyList<ChartLine> lines, string sourceLine, string subtitle)
    {
        CheckCommon(id, title, sourceLine);
        CheckLines(id, lines);
        ArgumentException.ThrowIfNullOrWhiteSpace(subtitle);
        if (lines.Any(l => l.Values.Any(v => v <= 0)))
        {
            throw new ArgumentException($"chart '{id}': a multiple is not positive; a negative P/E is not meaningful (leave it out)", nameof(lines));
        }

        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.ValuationHistory,
            Title = title,
            Subtitle = subtitle,
            SourceLine = sourceLine,
            XUnit = MetricUnit.Date,
            YUnit = MetricUnit.Multiple,
            Lines = [.. lines],
        };
    }

    /// <summary>Valuation: one horizontal bar per universe of a multiple such as the median P/E, highest at the top.</summary>
    /// <param name="id">File stem.</param>
    /// <param name="title">Headline.</param>
    /// <param name="metricLabel">The multiple shown, e.g. "Median trailing P/E"; used as the subtitle and in alt text.</param>
    /// <param name="multiples">One bar per universe, values as multiples (35.2 = 35.2x), positive.</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Multiple"/> and y unit <see cref="MetricUnit.Category"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="SortedReturns"/>, an empty metric label, or a value not above 0.</exception>
    public static ChartSpec Valuation(string id, string title, string metricLabel, IReadOnlyList<ChartBar> multiples, string sourceLine)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricLabel);
        CheckBars(id, multiples);
        if (multiples.FirstOrDefault(b => b.Value <= 0) is { } bad)
        {
            throw new ArgumentException($"chart '{id}', bar '{bad.Label}': multiple is {ChartFormat.Exact(bad.Value)}; expected a positive multiple (a negative P/E is not meaningful; leave it out)", nameof(multiples));
        }

        return HorizontalBars(id, ChartKind.Valuation, title, multiples, sourceLine, MetricUnit.Multiple, metricLabel, periodLabel: null);
    }

    /// <summary>Net flows: one vertical bar per period in the given (chronological) order, and the running total as a line on a right-hand axis.</summary>
    /// <param name="id">File stem.</param>
    /// <param name="title">Headline.</param>
    /// <param name="flows">One bar per period, label such as "Jan 2026", value the net flow in USD (negative for outflows).</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">Null for "Net flows per period (bars) and cumulative (line), USD".</param>
    /// <param name="periodLabel">The whole span, e.g. "H1 2026".</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Category"/> and y unit <see cref="MetricUnit.Usd"/>.</returns>
    /// <exception cref="ArgumentException">A bad id, empty title or source, no bars, an empty label or a non-finite value.</exception>
    public static ChartSpec Flows(string id, string title, IReadOnlyList<ChartBar> flows, string sourceLine, string? subtitle = null, string? periodLabel = null)
    {
        CheckCommon(id, title, sourceLine);
        CheckBars(id, flows);
        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.Flows,
            Title = title,
            Subtitle = subtitle ?? "Net flows per period (bars) and cumulative (line), USD",
            SourceLine = sourceLine,
            XUnit = MetricUnit.Category,
            YUnit = MetricUnit.Usd,
            PeriodLabel = periodLabel,
            Bars = [.. flows],
        };
    }

    /// <summary>Market capitalization: one vertical bar per company, largest first, with dashed milestone lines at each whole trillion up to the largest ($1T, $2T, ...; every $2T above $8T).</summary>
    /// <param name="id">File stem.</param>
    /// <param name="title">Headline.</param>
    /// <param name="caps">Market capitalization in USD per company (close × shares outstanding), positive.</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">Null for "Market capitalization, USD".</param>
    /// <param name="culture">The site's culture (the milestone labels, "$1T" or "1 Bio. $"); English when null.</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Category"/>, y unit <see cref="MetricUnit.Usd"/> and the milestones as <see cref="ReferenceLines"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="Flows"/>, or a value not above 0.</exception>
    public static ChartSpec MarketCap(string id, string title, IReadOnlyList<ChartBar> caps, string sourceLine, string? subtitle = null, SiteCulture? culture = null)
    {
        CheckCommon(id, title, sourceLine);
        CheckBars(id, caps);
        if (caps.FirstOrDefault(b => b.Value <= 0) is { } bad)
        {
            throw new ArgumentException($"chart '{id}', bar '{bad.Label}': market cap is {ChartFormat.Exact(bad.Value)}; expected a positive USD amount", nameof(caps));
        }

        const double Trillion = 1e12;
        var max = caps.Max(b => b.Value);
        var step = max > 8 * Trillion ? 2 * Trillion : Trillion;
        var milestones = new List<ChartReferenceLine>();
        for (var m = step; m <= max; m += step)
        {
            milestones.Add(new ChartReferenceLine(ChartFormat.Usd(m, 0, culture), m));
        }

        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.MarketCap,
            Title = title,
            Subtitle = subtitle ?? "Market capitalization, USD",
            SourceLine = sourceLine,
            XUnit = MetricUnit.Category,
            YUnit = MetricUnit.Usd,
            Bars = Sorted(caps),
            ReferenceLines = milestones,
        };
    }

    /// <summary>Risk/return: one labelled point per security, annualized volatility across, return up.</summary>
    /// <param name="id">File stem.</param>
    /// <param name="title">Headline.</param>
    /// <param name="points">X: annualized volatility as a fraction (0.35 = 35%), at or above 0; Y: return as a fraction.</param>
    /// <param name="sourceLine">"Source: ...; as of ...".</param>
    /// <param name="subtitle">Null for "Annualized volatility of daily returns (across) against total return (up)".</param>
    /// <param name="periodLabel">The span, e.g. "12 months to Mar 31, 2026".</param>
    /// <returns>A spec with x unit <see cref="MetricUnit.Fraction"/> and y unit <see cref="MetricUnit.Fraction"/>.</returns>
    /// <exception cref="ArgumentException">A bad id, empty title or source, no points, an empty label, a non-finite value or a negative volatility.</exception>
    public static ChartSpec RiskReturn(string id, string title, IReadOnlyList<ChartPoint> points, string sourceLine, string? subtitle = null, string? periodLabel = null)
    {
        CheckCommon(id, title, sourceLine);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException($"chart '{id}' needs at least one point", nameof(points));
        }

        foreach (var p in points)
        {
            ArgumentNullException.ThrowIfNull(p);
            ArgumentException.ThrowIfNullOrWhiteSpace(p.Label, nameof(points));
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y) || p.X < 0)
            {
                throw new ArgumentException($"chart '{id}', point '{p.Label}': ({ChartFormat.Exact(p.X)}, {ChartFormat.Exact(p.Y)}); expected a volatility at or above 0 and a finite return", nameof(points));
            }
        }

        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.RiskReturn,
            Title = title,
            Subtitle = subtitle ?? "Annualized volatility of daily returns (across) against total return (up)",
            SourceLine = sourceLine,
            XUnit = MetricUnit.Fraction,
            YUnit = MetricUnit.Fraction,
            PeriodLabel = periodLabel,
            Points = [.. points],
        };
    }

    private static ChartSpec HorizontalBars(string id, ChartKind kind, string title, IReadOnlyList<ChartBar> bars, string sourceLine, MetricUnit unit, string subtitle, string? periodLabel)
    {
        CheckCommon(id, title, sourceLine);
        CheckBars(id, bars);
        return new ChartSpec
        {
            Id = id,
            Kind = kind,
            Title = title,
            Subtitle = subtitle,
            SourceLine = sourceLine,
            XUnit = unit,
            YUnit = MetricUnit.Category,
            PeriodLabel = periodLabel,
            Bars = Sorted(bars),
        };
    }

    /// <summary>Highest value first; ties by label (ordinal) so the order never depends on the input order.</summary>
    private static ChartBar[] Sorted(IReadOnlyList<ChartBar> bars) =>
        [.. bars.OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal)];
}
