using System.Globalization;
using System.Text;

namespace ReportGen.Charts;

public sealed partial record ChartSpec
{
    /// <summary>
    /// Alt text for the <c>&lt;img&gt;</c>, generated from the data: the chart type and the numbers a sighted reader takes away,
    /// e.g. "Line chart: AI basket +18.2% vs S&amp;P 500 +6.8% in Q1 2026."
    /// </summary>
    public string AltText => Kind switch
    {
        ChartKind.IndexedPerformance => "Line chart: " + LineSummary(l => ChartFormat.Percent((l.LastValue / 100) - 1)) + " " + SpanText() + ".",
        _ => Kind + " chart: " + Title + ".",
    };

    /// <summary>
    /// The figure caption, generated from the data: what is measured, where each series ended, and the source line,
    /// e.g. "Total return, rebased to 100 on Dec 31, 2025: AI basket ended at 118.2, S&amp;P 500 at 106.8. Source: ...".
    /// </summary>
    public string Caption => Kind switch
    {
        ChartKind.IndexedPerformance => Subtitle + ": " + EndedAt() + ". " + SourceLine + ".",
        _ => Subtitle + ". " + SourceLine + ".",
    };

    /// <summary>The data-table fallback: the key numbers of every series, bar or point as formatted text.</summary>
    public ChartTable Table => Kind switch
    {
        ChartKind.IndexedPerformance => new ChartTable(
            ["Series", "Start", "End", "Change"],
            [.. Lines.Select(l => (IReadOnlyList<string>)[
                l.Label,
                ChartFormat.Date(l.Dates[0]) + ": " + ChartFormat.Level(l.FirstValue),
                ChartFormat.Date(l.Dates[^1]) + ": " + ChartFormat.Level(l.LastValue),
                ChartFormat.Percent((l.LastValue / l.FirstValue) - 1)])]),
        _ => new ChartTable(["Label", "Value"], [.. Bars.Select(b => (IReadOnlyList<string>)[b.Label, ChartFormat.Value(b.Value, YUnit)])]),
    };

    /// <summary>
    /// The whole spec as canonical text (LF line endings, invariant culture, values round-trip exact): identity, texts,
    /// table and data. Snapshot tests compare it, and the render cache hashes it.
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
        Line("x unit: " + XUnit);
        Line("y unit: " + YUnit);
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
    private string SpanText()
    {
        if (PeriodLabel is not null)
        {
            return "in " + PeriodLabel;
        }

        var first = Lines.Min(l => l.Dates[0]);
        var last = Lines.Max(l => l.Dates[^1]);
        return "from " + ChartFormat.Date(first) + " to " + ChartFormat.Date(last);
    }

    private string EndedAt()
    {
        var parts = Lines.Select((l, i) => l.Label + (i == 0 ? " ended at " : " at ") + ChartFormat.Level(l.LastValue));
        return string.Join(", ", parts);
    }
}
