using System.Globalization;
using System.Text;
using ReportGen.Config;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

public sealed partial record ChartSpec
{
    /// <summary>
    /// Alt text for the <c>&lt;img&gt;</c>, generated from the data: the chart type and the numbers a sighted reader takes away,
    /// e.g. "Line chart: AI basket +18.2% vs S&amp;P 500 +6.8% in Q1 2026."
    /// </summary>
    public string AltText => Kind switch
    {
        ChartKind.IndexedPerformance => "Line chart: " + LineSummary(l => ChartFormat.Percent((l.LastValue / l.FirstValue) - 1, culture: Culture)) + " " + SpanText() + ".",
        ChartKind.RelativePerformance => "Line chart: " + LineSummary(l => ChartFormat.PercentagePoints(l.LastValue, culture: Culture)) + " vs " + BenchmarkLabel + " " + SpanText() + ".",
        ChartKind.Drawdown => "Area chart of drawdowns " + SpanText() + ": " + string.Join("; ", Lines.Select(DrawdownSummary)) + ".",
        ChartKind.SortedReturns => "Bar chart of " + Lower(Subtitle) + ", highest to lowest: " + BarList() + ". " + RoseCount() + ".",
        ChartKind.Contribution => "Bar chart of " + Lower(Subtitle) + ": " + BarList() + "; together " + ChartFormat.PercentagePoints(Bars.Sum(b => b.Value), culture: Culture) + ".",
        ChartKind.Valuation => "Bar chart of " + Lower(Subtitle) + ": " + BarList() + ".",
        ChartKind.ValuationHistory => "Line chart of " + Lower(Subtitle) + ", " + ChartFormat.Date(Lines[0].Dates[0], culture: Culture) + " to " + ChartFormat.Date(Lines[0].Dates[^1], culture: Culture) + ": " + LineSummary(l => ChartFormat.Value(l.FirstValue, YUnit, culture: Culture) + " then " + ChartFormat.Value(l.LastValue, YUnit, culture: Culture)) + ".",
        ChartKind.Flows => "Bar chart of net flows, " + Bars[0].Label + " to " + Bars[^1].Label + ": " + BarList() + "; cumulative " + SignedUsd(Bars.Sum(b => b.Value)) + ".",
        ChartKind.MarketCap => "Bar chart of market capitalization: " + BarList() + ". " + AboveFirstMilestone() + ".",
        ChartKind.RiskReturn => "Scatter chart of return against annualized volatility" + (PeriodLabel is null ? string.Empty : " " + SpanText()) + ": "
            + string.Join(", ", Points.OrderByDescending(p => p.Y).ThenBy(p => p.Label, StringComparer.Ordinal).Select(p => p.Label + " " + ChartFormat.Percent(p.Y, culture: Culture) + " at " + ChartFormat.PercentUnsigned(p.X, culture: Culture) + " volatility")) + ".",
        _ => throw new InvalidOperationException($"no alt text for chart kind {Kind}"),
    };

    /// <summary>
    /// The figure caption, generated from the data: what is measured, the headline numbers, and the source line,
    /// e.g. "Total return, rebased to 100 on Dec 31, 2025: AI basket ended at 118.2, S&amp;P 500 at 106.8. Source: ...".
    /// </summary>
    public string Caption => CaptionWith(static (label, _) => label);

    /// <summary>
    /// <see cref="Caption"/> with every label of a line or bar it names written by <paramref name="label"/>, given the label
    /// and the ticker of the security it stands for (null for a universe or a period). The text stage passes a function
    /// that links a covered security's label to its page; the rest of the caption is plain text for the caller to escape.
    /// </summary>
    /// <param name="label">Writes one label: (label, ticker or null) -> the text put in its place.</param>
    /// <returns>The caption.</returns>
    public string CaptionWith(Func<string, string?, string> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Kind switch
        {
            ChartKind.IndexedPerformance => Subtitle + ": " + EndedAt(l => ChartFormat.Level(l.LastValue, culture: Culture), label) + ". " + SourceLine + ".",
            ChartKind.RelativePerformance => Subtitle + ": " + EndedAt(l => ChartFormat.PercentagePoints(l.LastValue, culture: Culture), label) + ". " + SourceLine + ".",
            ChartKind.Drawdown => Subtitle + "; deepest: " + string.Join(", ", Lines.Select(l => label(l.Label, l.Ticker) + " " + ChartFormat.Percent(l.Values.Min(), culture: Culture))) + ". " + SourceLine + ".",
            ChartKind.SortedReturns => Subtitle + ": " + Extremes("best", "worst", label) + ". " + SourceLine + ".",
            ChartKind.Contribution => Subtitle + ": largest " + BarText(Bars[0], label) + " of " + ChartFormat.PercentagePoints(Bars.Sum(b => b.Value), culture: Culture) + " in total. " + SourceLine + ".",
            ChartKind.Valuation => Subtitle + ": " + Extremes("highest", "lowest", label) + ". " + SourceLine + ".",
            ChartKind.ValuationHistory => Subtitle + ": " + EndedAt(l => ChartFormat.Value(l.LastValue, YUnit, culture: Culture), label) + ". " + SourceLine + ".",
            ChartKind.Flows => Subtitle + ": " + SignedUsd(Bars.Sum(b => b.Value)) + " over " + Bars.Count.ToString(CultureInfo.InvariantCulture) + " periods. " + SourceLine + ".",
            ChartKind.MarketCap => Subtitle + (ReferenceLines.Count == 0 ? string.Empty : "; dashed lines mark " + string.Join(", ", ReferenceLines.Select(r => r.Label))) + ". " + SourceLine + ".",
            ChartKind.RiskReturn => Subtitle + (PeriodLabel is null ? string.Empty : ", " + PeriodLabel) + ". " + SourceLine + ".",
            _ => throw new InvalidOperationException($"no caption for chart kind {Kind}"),
        };
    }

    /// <summary>
    /// The security each row of <see cref="Table"/> stands for (its ticker), or null for a row of a universe or a period;
    /// one entry per row, in the table's order. The text stage links the first cell of a covered security's row.
    /// </summary>
    public IReadOnlyList<string?> TableRowTickers => Kind switch
    {
        ChartKind.IndexedPerformance or ChartKind.RelativePerformance or ChartKind.Drawdown => [.. Lines.Select(l => l.Ticker)],
        ChartKind.ValuationHistory => [.. Lines[0].Dates.Select(_ => (string?)null)],
        ChartKind.Flows => [.. Bars.Select(_ => (string?)null)],
        ChartKind.RiskReturn => [.. Points.Select(p => p.Ticker)],
        _ => [.. Bars.Select(b => b.Ticker)],
    };

    /// <summary>The data-table fallback: the key numbers of every series, bar or point as formatted text.</summary>
    public ChartTable Table => Kind switch
    {
        ChartKind.IndexedPerformance or ChartKind.RelativePerformance => new ChartTable(
            ["Series", "Start", "End", Kind == ChartKind.IndexedPerformance ? "Change" : "Change, pp"],
            [.. Lines.Select(l => (IReadOnlyList<string>)[
                l.Label,
                ChartFormat.Date(l.Dates[0], culture: Culture) + ": " + ChartFormat.Value(l.FirstValue, YUnit, culture: Culture),
                ChartFormat.Date(l.Dates[^1], culture: Culture) + ": " + ChartFormat.Value(l.LastValue, YUnit, culture: Culture),
                Kind == ChartKind.IndexedPerformance ? ChartFormat.Percent((l.LastValue / l.FirstValue) - 1, culture: Culture) : ChartFormat.PercentagePoints(l.LastValue - l.FirstValue, culture: Culture)])]),
        ChartKind.Drawdown => new ChartTable(
            ["Series", "Deepest", "Date of deepest", "Last"],
            [.. Lines.Select(l => (IReadOnlyList<string>)[l.Label, ChartFormat.Percent(l.Values.Min(), culture: Culture), ChartFormat.Date(l.Dates[IndexOfMin(l.Values)], culture: Culture), ChartFormat.Percent(l.LastValue, culture: Culture)])]),
        ChartKind.ValuationHistory => new ChartTable(
            ["Snapshot", .. Lines.Select(l => l.Label)],
            [.. Lines[0].Dates.Select((d, i) => (IReadOnlyList<string>)[ChartFormat.Date(d, culture: Culture), .. Lines.Select(l => ChartFormat.Value(l.Values[i], YUnit, culture: Culture))])]),
        ChartKind.Flows => new ChartTable(
            ["Period", "Net flow", "Cumulative"],
            [.. Bars.Select((b, i) => (IReadOnlyList<string>)[b.Label, SignedUsd(b.Value), SignedUsd(Bars.Take(i + 1).Sum(x => x.Value))])]),
        ChartKind.RiskReturn => new ChartTable(
            ["Security", "Annualized volatility", "Return"],
            [.. Points.Select(p => (IReadOnlyList<string>)[p.Label, ChartFormat.PercentUnsigned(p.X, culture: Culture), ChartFormat.Percent(p.Y, culture: Culture)])]),
        _ => new ChartTable(
            [Kind == ChartKind.MarketCap ? "Company" : Kind == ChartKind.Valuation ? "Universe" : "Security", ValueHeading()],
            [.. Bars.Select(b => (IReadOnlyList<string>)[b.Label, ChartFormat.Value(b.Value, ValueUnit, culture: Culture)])]),
    };

    /// <summary>The unit of the bars' values: the x unit for horizontal bars, else the y unit.</summary>
    // The canonical text keeps the axis unit names it had before the units were one type (a fraction axis is "Percent"), so
    // snapshots and the chart cache's content hashes stay valid.
    private static string AxisUnitName(MetricUnit unit) => unit == MetricUnit.Fraction ? "Percent" : unit.ToString();

    internal MetricUnit ValueUnit => YUnit == MetricUnit.Category ? XUnit : YUnit;

    /// <summary>
    /// The whole spec as canonical text (LF line endings, invariant culture, values round-trip exact): identity, texts,
    /// table and data. Snapshot tests compare it, and the chart stage's content hash (<c>ChartRenderer.ContentHash</c>) hashes it.
    /// </summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append('\n');
        Line("id: " + Id);
        Line("kind: " + Kind);
        Line("title: " + Title);
        Line("subtitle: " + Subtitle);
        Line("source: " + SourceLine);
        Line("period: " + (PeriodLabel ?? "(dates)"));
        Line("measured against: " + (BenchmarkLabel ?? "(none)"));
        Line("x unit: " + AxisUnitName(XUnit));
        Line("y unit: " + AxisUnitName(YUnit));
        Line("alt: " + AltText);
        Line("caption: " + Caption);
        var table = Table;
        Line("table:");
        Line("  " + string.Join(" | ", table.Headers));
        foreach (var row in table.Rows)
        {
            Line("  " + string.Join(" | ", row));
        }

        foreach (var l in Lines)
        {
            Line("line: " + l.Label + (l.IsBenchmark ? " [benchmark]" : string.Empty));
            for (var i = 0; i < l.Values.Count; i++)
            {
                Line("  " + l.Dates[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + ChartFormat.Exact(l.Values[i]));
            }
        }

        foreach (var b in Bars)
        {
            Line("bar: " + b.Label + " " + ChartFormat.Exact(b.Value) + (b.IsBenchmark ? " [benchmark]" : string.Empty));
        }

        foreach (var p in Points)
        {
            Line("point: " + p.Label + " " + ChartFormat.Exact(p.X) + " " + ChartFormat.Exact(p.Y) + (p.IsBenchmark ? " [benchmark]" : string.Empty));
        }

        foreach (var r in ReferenceLines)
        {
            Line("reference: " + r.Label + " " + ChartFormat.Exact(r.Value));
        }

        if (Culture != SiteCulture.English)
        {
            // Tick labels are drawn in the culture; English specs keep the text (and render cache keys) they always had.
            Line("culture: " + Culture.Name);
        }

        return sb.ToString();
    }

    /// <summary>"A +18.2%, B +9.1% vs S&amp;P 500 +6.8%": members in order, then benchmarks after "vs".</summary>
    private string LineSummary(Func<ChartLine, string> value)
    {
        var members = string.Join(", ", Lines.Where(l => !l.IsBenchmark).Select(l => l.Label + " " + value(l)));
        var benchmarks = string.Join(", ", Lines.Where(l => l.IsBenchmark).Select(l => l.Label + " " + value(l)));
        return members.Length == 0 ? benchmarks : benchmarks.Length == 0 ? members : members + " vs " + benchmarks;
    }

    /// <summary>"in Q1 2026" when a period label is set, else "from Dec 31, 2025 to Mar 31, 2026".</summary>
    /// <summary>A span label as it reads after a verb: "in Q1 2026", "in the past year", but "since Dec 30, 2023" (never "in since").</summary>
    private static string During(string periodLabel) =>
        periodLabel.StartsWith("since ", StringComparison.Ordinal) ? periodLabel : "in " + periodLabel;

    private string SpanText()
    {
        if (PeriodLabel is not null)
        {
            return During(PeriodLabel);
        }

        var first = Lines.Min(l => l.Dates[0]);
        var last = Lines.Max(l => l.Dates[^1]);
        return "from " + ChartFormat.Date(first, culture: Culture) + " to " + ChartFormat.Date(last, culture: Culture);
    }

    private string EndedAt(Func<ChartLine, string> value, Func<string, string?, string> label) =>
        string.Join(", ", Lines.Select((l, i) => label(l.Label, l.Ticker) + (i == 0 ? " ended at " : " at ") + value(l)));

    private string DrawdownSummary(ChartLine line)
    {
        var i = IndexOfMin(line.Values);
        var last = line.LastValue > -0.0005 ? "at a peak on the last day" : "last " + ChartFormat.Percent(line.LastValue, culture: Culture);
        return line.Label + " deepest " + ChartFormat.Percent(line.Values[i], culture: Culture) + " on " + ChartFormat.Date(line.Dates[i], culture: Culture) + ", " + last;
    }

    private static int IndexOfMin(IReadOnlyList<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] < values[best])
            {
                best = i;
            }
        }

        return best;
    }

    // The top and bottom bars of a sorted bar chart, ranked among the members only: a benchmark bar is named on its own
    // ("best ARKQ +4.1%, worst SMH -9.0%; benchmark QQQ -1.6%"), never as the best or worst of the funds it is compared with.
    private string Extremes(string top, string bottom, Func<string, string?, string> label)
    {
        var members = Bars.Where(b => !b.IsBenchmark).ToList();
        var text = members.Count switch
        {
            0 => string.Empty,
            1 => BarText(members[0], label),
            _ => top + " " + BarText(members[0], label) + ", " + bottom + " " + BarText(members[^1], label),
        };
        var benchmarks = Bars.Where(b => b.IsBenchmark).Select(b => BarText(b, label)).ToList();
        return benchmarks.Count == 0 ? text : text + (text.Length == 0 ? string.Empty : "; ") + "benchmark " + string.Join(", ", benchmarks);
    }

    private string BarText(ChartBar bar) => BarText(bar, static (label, _) => label);

    private string BarText(ChartBar bar, Func<string, string?, string> label) => label(bar.Label, bar.Ticker) + " " + (Kind == ChartKind.Flows ? SignedUsd(bar.Value) : ChartFormat.Value(bar.Value, ValueUnit, culture: Culture));

    /// <summary>Every bar when there are at most 12, else the top 5, "...", and the bottom 3.</summary>
    private string BarList()
    {
        if (Bars.Count <= 12)
        {
            return string.Join(", ", Bars.Select(BarText));
        }

        return string.Join(", ", Bars.Take(5).Select(BarText)) + ", ..., " + string.Join(", ", Bars.Skip(Bars.Count - 3).Select(BarText));
    }

    private string RoseCount()
    {
        var members = Bars.Where(b => !b.IsBenchmark).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{members.Count(b => b.Value > 0)} of {members.Count} rose");
    }

    private string AboveFirstMilestone()
    {
        if (ReferenceLines.Count == 0)
        {
            return "None above $1T";
        }

        var first = ReferenceLines[0];
        var members = Bars.Where(b => !b.IsBenchmark).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{members.Count(b => b.Value >= first.Value)} of {members.Count} at or above {first.Label}");
    }

    private string ValueHeading() => Kind switch
    {
        ChartKind.SortedReturns => "Total return",
        ChartKind.Contribution => "Contribution, pp",
        ChartKind.MarketCap => "Market cap",
        _ => Subtitle,
    };

    private string SignedUsd(double usd) => (usd > 0 ? "+" : string.Empty) + ChartFormat.Usd(usd, culture: Culture);

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
