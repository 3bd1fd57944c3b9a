using System.Globalization;
using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Tests;

/// <summary>Builds small price series from ISO dates and prices, as written in a test's Arrange block.</summary>
internal static class TestSeries
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static PriceSeries Adj(string ticker, params (string Date, double Price)[] rows) => Of(ticker, PriceField.AdjustedClose, rows);

    public static PriceSeries Close(string ticker, params (string Date, double Price)[] rows) => Of(ticker, PriceField.Close, rows);

    public static PriceSeries Of(string ticker, PriceField field, (string Date, double Price)[] rows) =>
        new(ticker, field, rows.Select(r => D(r.Date)).ToArray(), rows.Select(r => r.Price).ToArray());

    /// <summary>A series with one close per weekday from <paramref name="first"/> to <paramref name="last"/>, priced by <paramref name="price"/>.</summary>
    public static PriceSeries Weekdays(string ticker, PriceField field, string first, string last, Func<DateOnly, double> price)
    {
        var dates = new List<DateOnly>();
        for (var d = D(first); d <= D(last); d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                dates.Add(d);
            }
        }

        return new PriceSeries(ticker, field, dates, dates.Select(price).ToArray());
    }

    /// <summary>The same series with extra rows after its last date (to prove nothing after the as-of date is read).</summary>
    public static PriceSeries WithFutureRows(PriceSeries series, int days, double price)
    {
        var dates = series.Dates.ToArray().ToList();
        var values = series.Values.ToArray().ToList();
        for (var i = 1; i <= days; i++)
        {
            dates.Add(dates[^1].AddDays(1));
            values.Add(price * i);
        }

        return new PriceSeries(series.Ticker, series.Field, dates, values);
    }
}
