namespace ReportGen.Charts;

/// <summary>Tick positions and labels for value and date axes, computed here (not by ScottPlot) so density and wording are ours.</summary>
internal static class ChartTicks
{
    /// <summary>A value axis: round ticks ("nice numbers" 1, 2, 2.5, 5 × 10^k) about <paramref name="target"/> of them, and padded limits.</summary>
    /// <param name="min">Smallest data value.</param>
    /// <param name="max">Largest data value.</param>
    /// <param name="target">Wanted number of intervals.</param>
    /// <param name="padFraction">Space added beyond the data at each end, as a fraction of the data range.</param>
    public static (double[] Ticks, double Step, double Low, double High) Nice(double min, double max, int target = 5, double padFraction = 0.02)
    {
        if (max - min < 1e-12 * Math.Max(1, Math.Abs(max)))
        {
            var half = Math.Abs(max) > 0 ? Math.Abs(max) * 0.05 : 1;
            min -= half;
            max += half;
        }

        var raw = (max - min) / target;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var norm = raw / magnitude;
        var step = magnitude * (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10);
        // Limits enclose the data with whole ticks, plus a little air so lines do not sit on the frame.
        var first = Math.Floor((min / step) + 1e-9);
        var last = Math.Ceiling((max / step) - 1e-9);
        var pad = (last - first) * step * padFraction;
        var low = (first * step) - pad;
        var high = (last * step) + pad;
        var ticks = new List<double>();
        for (var k = first; k <= last; k++)
        {
            ticks.Add(k * step);
        }

        return ([.. ticks], step, low, high);
    }

    /// <summary>Date ticks as day numbers (<see cref="DateOnly.DayNumber"/>) with labels: Mondays for spans up to 45 days, else month starts every 1, 2, 3, 6 or 12 months.</summary>
    /// <param name="first">First date shown.</param>
    /// <param name="last">Last date shown.</param>
    /// <param name="maxTicks">At most this many month ticks: 7 across the 800 px width ("Jan 2026" is ~55 px wide at 11 px Inter), 4 across 400 px.</param>
    /// <param name="culture">The site's culture (month names and order: "Mar 2" or "2. März"); English when null.</param>
    public static (double[] Positions, string[] Labels) Dates(DateOnly first, DateOnly last, int maxTicks = 7, Config.SiteCulture? culture = null)
    {
        var c = culture ?? Config.SiteCulture.English;
        var positions = new List<double>();
        var labels = new List<string>();
        if (last.DayNumber - first.DayNumber <= 45)
        {
            var weeks = last.DayNumber - first.DayNumber <= 24 ? 1 : 2;
            var d = first;
            while (d.DayOfWeek != DayOfWeek.Monday)
            {
                d = d.AddDays(1);
            }

            var year = -1;
            for (; d <= last; d = d.AddDays(7 * weeks))
            {
                positions.Add(d.DayNumber);
                labels.Add(d.ToString(year == d.Year ? c.DayMonthPattern : c.DayMonthYearPattern, c.Format));
                year = d.Year;
            }

            return ([.. positions], [.. labels]);
        }

        foreach (var step in new[] { 1, 2, 3, 6, 12, 24, 60 })
        {
            positions.Clear();
            labels.Clear();
            var m = new DateOnly(first.Year, first.Month, 1);
            if (m < first)
            {
                m = m.AddMonths(1);
            }

            while ((m.Month - 1) % Math.Min(step, 12) != 0 || (step > 12 && m.Year % (step / 12) != 0))
            {
                m = m.AddMonths(1);
            }

            for (var previousYear = -1; m <= last; m = m.AddMonths(step))
            {
                positions.Add(m.DayNumber);
                labels.Add(step >= 12 ? m.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : m.ToString(previousYear != m.Year ? "MMM yyyy" : "MMM", c.Format));
                previousYear = m.Year;
            }

            if (positions.Count <= maxTicks)
            {
                break;
            }
        }

        return ([.. positions], [.. labels]);
    }

    /// <summary>Round ticks inside fixed limits (for a secondary axis whose limits are set by the primary one).</summary>
    public static (double[] Ticks, double Step) Within(double low, double high, int target = 5)
    {
        var raw = (high - low) / target;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var norm = raw / magnitude;
        var step = magnitude * (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10);
        var ticks = new List<double>();
        for (var k = Math.Ceiling((low / step) - 1e-9); k * step <= high + (step * 1e-9); k++)
        {
            ticks.Add(k * step);
        }

        return ([.. ticks], step);
    }
}
