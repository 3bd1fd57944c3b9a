using System.Text.RegularExpressions;
using ReportGen.Config;
using ReportGen.Metrics.Catalogue;
namespace ReportGen.Facts;

/// <summary>
/// Everything one chart shows, as plain data: no ScottPlot types, so a spec can be built by the metrics stage,
/// snapshotted as text (<see cref="Describe"/>), hashed for the render cache and rendered by the chart stage (<c>Charts/ChartRenderer</c>).
/// Create one through a factory per <see cref="ChartKind"/> (<see cref="IndexedPerformance"/>, ...),
/// which validates the data and fills in units and a default subtitle.
/// </summary>
public sealed partial record ChartSpec
{
    private ChartSpec()
    {
    }

    /// <summary>The file stem and HTML id: lower-case letters, digits and hyphens, e.g. <c>ai-vs-spx</c>; files are <c>&lt;id&gt;.png</c> and <c>&lt;id&gt;@2x.png</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the chart draws.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The headline drawn in bold at the top, e.g. "AI basket beats the S&amp;P 500"; wrapped, never clipped.</summary>
    public required string Title { get; init; }

    /// <summary>The line under the title saying what is measured, e.g. "Total return, rebased to 100 on Dec 31, 2025"; may be empty.</summary>
    public required string Subtitle { get; init; }

    /// <summary>The attribution drawn under the plot, "Source: &lt;supplier&gt;; as of &lt;date&gt;" (see <see cref="FormatSourceLine"/>).</summary>
    public required string SourceLine { get; init; }

    /// <summary>Unit of the horizontal axis.</summary>
    public required MetricUnit XUnit { get; init; }

    /// <summary>Unit of the vertical axis.</summary>
    public required MetricUnit YUnit { get; init; }

    /// <summary>The reader's name for the span shown, e.g. "Q1 2026", used in alt text and captions; null to name the dates instead.</summary>
    public string? PeriodLabel { get; init; }

    /// <summary>The benchmark (relative performance) or universe (contribution) the chart is measured against; null for other kinds.</summary>
    public string? BenchmarkLabel { get; init; }

    /// <summary>Line series (indexed, relative, drawdown and the cumulative flow line); empty for other kinds.</summary>
    public IReadOnlyList<ChartLine> Lines { get; init; } = [];

    /// <summary>Bars in drawing order (bar kinds); empty for line and scatter kinds.</summary>
    public IReadOnlyList<ChartBar> Bars { get; init; } = [];

    /// <summary>Scatter points (risk/return); empty for other kinds.</summary>
    public IReadOnlyList<ChartPoint> Points { get; init; } = [];

    /// <summary>Labelled horizontal lines, such as market-cap milestones; may be empty.</summary>
    public IReadOnlyList<ChartReferenceLine> ReferenceLines { get; init; } = [];

    /// <summary>How numbers and dates are written in the chart's text, ticks and labels (the site's <c>language</c>); English by default.
    /// Not serialized itself (a <see cref="System.Globalization.CultureInfo"/> is no data): the edition cache stores <see cref="CultureName"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SiteCulture Culture { get; init; } = SiteCulture.English;

    /// <summary>The name of <see cref="Culture"/>, "en" or "de", as the edition cache stores it; setting it sets <see cref="Culture"/>.</summary>
    public string CultureName
    {
        get => Culture.Name;
        init => Culture = SiteCulture.Of(value);
    }

    /// <summary>The standard source line: "Source: Yahoo Finance; as of Mar 31, 2026".</summary>
    /// <param name="supplier">Who supplied the data, as named in <c>data/sources.yml</c>.</param>
    /// <param name="asOf">The as-of date of the data shown.</param>
    /// <param name="culture">The site's culture for the date; English when null.</param>
    /// <exception cref="ArgumentException"><paramref name="supplier"/> is empty.</exception>
    public static string FormatSourceLine(string supplier, DateOnly asOf, SiteCulture? culture = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supplier);
        return "Source: " + supplier.Trim() + "; as of " + ChartFormat.Date(asOf, culture);
    }

    /// <summary>The file name for this chart at <paramref name="scale"/>: <c>&lt;id&gt;.png</c> at 1, <c>&lt;id&gt;@2x.png</c> at 2.</summary>
    /// <param name="scale">Pixel density, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 1-4.</exception>
    public string FileName(int scale)
    {
        CheckScale(scale);
        return scale == 1 ? Id + ".png" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}@{scale}x.png");
    }

    /// <summary>Chart width in CSS pixels (the PNG at scale 1 has this many pixels; at scale 2, twice as many).</summary>
    public const int Width = 800;

    /// <summary>Chart height in CSS pixels.</summary>
    public const int Height = 450;

    /// <summary>Throws unless <paramref name="scale"/> is a supported pixel density, 1 to 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 1-4.</exception>
    internal static void CheckScale(int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 4);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private static void CheckCommon(string id, string title, string sourceLine)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"chart id '{id}' must be lower-case letters, digits and single hyphens, e.g. 'ai-vs-spx'", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceLine);
    }

    private static void CheckLines(string id, IReadOnlyList<ChartLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException($"chart '{id}' needs at least one line", nameof(lines));
        }

        foreach (var line in lines)
        {
            ArgumentNullException.ThrowIfNull(line);
            ArgumentException.ThrowIfNullOrWhiteSpace(line.Label, nameof(lines));
            if (line.Dates.Count != line.Values.Count)
            {
                throw new ArgumentException($"chart '{id}', line '{line.Label}': {line.Dates.Count} dates but {line.Values.Count} values", nameof(lines));
            }

            if (line.Dates.Count < 2)
            {
                throw new ArgumentException($"chart '{id}', line '{line.Label}': {line.Dates.Count} point(s); a line needs at least 2", nameof(lines));
            }

            for (var i = 0; i < line.Values.Count; i++)
            {
                if (!double.IsFinite(line.Values[i]))
                {
                    throw new ArgumentException($"chart '{id}', line '{line.Label}': value on {line.Dates[i]:yyyy-MM-dd} is {line.Values[i]}; expected a finite number", nameof(lines));
                }

                if (i > 0 && line.Dates[i] <= line.Dates[i - 1])
                {
                    throw new ArgumentException($"chart '{id}', line '{line.Label}': dates must be strictly ascending; {line.Dates[i]:yyyy-MM-dd} follows {line.Dates[i - 1]:yyyy-MM-dd}", nameof(lines));
                }
            }
        }
    }

    private static void CheckBars(string id, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            throw new ArgumentException($"chart '{id}' needs at least one bar", nameof(bars));
        }

        foreach (var bar in bars)
        {
            ArgumentNullException.ThrowIfNull(bar);
            ArgumentException.ThrowIfNullOrWhiteSpace(bar.Label, nameof(bars));
            if (!double.IsFinite(bar.Value))
            {
                throw new ArgumentException($"chart '{id}', bar '{bar.Label}': value is {bar.Value}; expected a finite number", nameof(bars));
            }
        }
    }
}
