namespace ReportGen.Charts;

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
    /// <returns>A spec with x unit <see cref="ChartUnit.Date"/> and y unit <see cref="ChartUnit.IndexLevel"/>.</returns>
    /// <exception cref="ArgumentException">A bad id, an empty title or source line, no lines, a line with fewer than 2 points, unordered dates, non-finite or non-positive values, or a first value other than 100.</exception>
    public static ChartSpec IndexedPerformance(string id, string title, IReadOnlyList<ChartLine> lines, string sourceLine, string? subtitle = null, string? periodLabel = null)
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
            Subtitle = subtitle ?? "Total return, rebased to 100 on " + ChartFormat.Date(start),
            SourceLine = sourceLine,
            XUnit = ChartUnit.Date,
            YUnit = ChartUnit.IndexLevel,
            PeriodLabel = periodLabel,
            Lines = [.. lines],
        };
    }
}
