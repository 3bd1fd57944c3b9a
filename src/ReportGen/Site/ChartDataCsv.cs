using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Site;

/// <summary>
/// Writes the data of one chart as <c>charts/&lt;report&gt;/&lt;period&gt;/&lt;chart id&gt;.csv</c>, beside its images: every
/// point of every line, every bar, every scatter point and every reference line the chart draws (docs/reader-formats.md, "Chart data").
/// </summary>
/// <remarks>
/// <para>Layout (RFC 4180 fields, LF line endings as in <c>figures.csv</c>, UTF-8 without BOM): four header rows, each a
/// single field starting with <c>#</c> (<c># Chart: …</c>, <c># Source: …</c>, <c># As of: yyyy-MM-dd</c>,
/// <c># Units: …</c>), then the column row <c>element,series,date,x,value,benchmark</c> and one row per drawn value.
/// A spreadsheet shows the <c>#</c> rows as text in column A above the table; pandas (<c>comment='#'</c>) and R
/// (<c>comment.char = "#"</c>) skip them.</para>
/// <para><c>element</c> is <c>line</c> (one row per date, <c>date</c> ISO 8601, <c>value</c> the y value), <c>bar</c>
/// (<c>value</c>), <c>point</c> (<c>x</c> and <c>value</c> = y) or <c>reference</c> (a labelled horizontal line at
/// <c>value</c>); <c>benchmark</c> is <c>true</c> for the benchmark series. Numbers are invariant-culture and full
/// precision (the shortest text that reads back as the same double, as <see cref="ChartFormat.Exact"/>), in the base
/// unit of <see cref="MetricUnit"/>: a <c>Fraction</c> of 0.153 is 15.3%.</para>
/// <para>Text cells that a spreadsheet would read as a formula get a leading <c>'</c> (OWASP CSV injection), as in
/// <c>figures.csv</c>.</para>
/// </remarks>
public static partial class ChartDataCsv
{
    /// <summary>The CSV file name of a chart: <c>&lt;id&gt;.csv</c>.</summary>
    /// <param name="spec">The chart.</param>
    public static string FileName(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Id + ".csv";
    }

    /// <summary>The CSV text of <paramref name="spec"/>.</summary>
    /// <param name="spec">The chart as drawn.</param>
    /// <param name="fallbackAsOf">The as-of date written when the chart's source line does not carry one in the standard
    /// form of <see cref="ChartSpec.FormatSourceLine"/> (the edition's as-of date).</param>
    /// <returns>The file's text; the same spec always gives the same text.</returns>
    public static string Write(ChartSpec spec, DateOnly fallbackAsOf)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var (source, asOf) = SourceAndDate(spec.SourceLine, fallbackAsOf);
        var sb = new StringBuilder();
        void Row(params string[] cells) => sb.Append(string.Join(",", cells)).Append('\n');
        Row(Text("# Chart: " + spec.Title + (spec.Subtitle.Length > 0 ? " (" + spec.Subtitle + ")" : string.Empty)));
        Row(Text("# Source: " + source));
        Row(Text("# As of: " + Iso(asOf)));
        var valueUnit = spec.YUnit == MetricUnit.Category ? spec.XUnit : spec.YUnit;
        Row(Text("# Units: value in " + UnitText(valueUnit) + (spec.Points.Count > 0 ? "; x in " + UnitText(spec.XUnit) : string.Empty)));
        Row("element", "series", "date", "x", "value", "benchmark");
        foreach (var line in spec.Lines)
        {
            for (var i = 0; i < line.Values.Count; i++)
            {
                Row("line", Text(line.Label), Iso(line.Dates[i]), string.Empty, ChartFormat.Exact(line.Values[i]), Flag(line.IsBenchmark));
            }
        }

        foreach (var bar in spec.Bars)
        {
            Row("bar", Text(bar.Label), string.Empty, string.Empty, ChartFormat.Exact(bar.Value), Flag(bar.IsBenchmark));
        }

        foreach (var point in spec.Points)
        {
            Row("point", Text(point.Label), string.Empty, ChartFormat.Exact(point.X), ChartFormat.Exact(point.Y), Flag(point.IsBenchmark));
        }

        foreach (var reference in spec.ReferenceLines)
        {
            Row("reference", Text(reference.Label), string.Empty, string.Empty, ChartFormat.Exact(reference.Value), Flag(false));
        }

        return sb.ToString();
    }

    // "Source: Yahoo Finance; as of Mar 31, 2026" → ("Yahoo Finance", 2026-03-31); any other form → (the whole line, fallback).
    private static (string Source, DateOnly AsOf) SourceAndDate(string sourceLine, DateOnly fallback)
    {
        var m = StandardSourceLine().Match(sourceLine);
        return m.Success && DateOnly.TryParseExact(m.Groups["date"].Value, "MMM d, yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (m.Groups["supplier"].Value, date)
            : (sourceLine, fallback);
    }

    private static string UnitText(MetricUnit unit) => unit switch
    {
        MetricUnit.Fraction => "Fraction (0.153 = 15.3%)",
        MetricUnit.FractionPerYear => "FractionPerYear (0.32 = 32% a year)",
        MetricUnit.PercentagePoints => "PercentagePoints as a fraction (0.052 = 5.2 pp)",
        MetricUnit.IndexLevel => "IndexLevel (100 = start of the window)",
        MetricUnit.Usd => "Usd (US dollars)",
        MetricUnit.Multiple => "Multiple (42 = 42x)",
        _ => unit.ToString(),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    // A text cell: neutralised when a spreadsheet would read it as a formula, then quoted as RFC 4180 requires.
    private static string Text(string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    [GeneratedRegex(@"^Source: (?<supplier>.+); as of (?<date>[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex StandardSourceLine();
}
