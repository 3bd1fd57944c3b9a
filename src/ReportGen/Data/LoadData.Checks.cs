using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Checks that need more than one file: references between files, declared as-of dates, gaps and stale series.</summary>
public static partial class LoadData
{
    /// <summary>A series may skip at most this many trading days between two rows before <see cref="DiagnosticCodes.DataGap"/>.</summary>
    internal const int MaxMissingTradingDays = 5;

    /// <summary>Calendar-day equivalent of <see cref="MaxMissingTradingDays"/>, used where the trading calendar does not reach and
    /// for staleness (<see cref="DiagnosticCodes.StaleSeries"/>).</summary>
    internal const int MaxCalendarGapDays = 7;

    private static void CheckReferences(LoadContext context, DiagnosticBag diagnostics)
    {
        foreach (var (file, row, field, ticker) in context.UniverseRows)
        {
            if (!context.Prices.ContainsKey(ticker) && !context.FailedPriceFiles.Contains(ticker))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTicker, $"ticker '{ticker}' in {FieldReader.Column("ticker", field)} has no price data; expected a file data/prices/.../{ticker}.csv", FieldReader.At(file, row, field), row.RawLine);
            }
        }

        foreach (var (path, ticker) in context.DividendFiles)
        {
            if (!context.Prices.ContainsKey(ticker) && !context.FailedPriceFiles.Contains(ticker))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTicker, $"dividends for ticker '{ticker}' but it has no price data; expected a file data/prices/.../{ticker}.csv", SourceLocation.File(path));
            }
        }

        foreach (var (file, _) in context.PriceFiles)
        {
            if (!context.Securities.ContainsKey(file.Ticker))
            {
                diagnostics.Error(DiagnosticCodes.MissingSecurity, $"ticker '{file.Ticker}' has price data but no row in data/securities.csv; expected a row '{file.Ticker},<name>,<kind>,<sector>,<industry>'", SourceLocation.File(file.Path));
            }
        }
    }

    /// <summary>A data set's as_of must not be earlier than any date in its files: citations print it.</summary>
    private static void CheckAsOfDates(LoadContext context, DiagnosticBag diagnostics)
    {
        foreach (var (file, source) in context.PriceFiles)
        {
            var i = file.Dates.FindIndex(d => d > source.AsOf);
            if (i >= 0)
            {
                AsOfTooEarly(source, file.Dates[i], new SourceLocation(file.Path, file.Lines[i], 1), diagnostics);
            }
        }

        foreach (var snapshot in context.Fundamentals.Select(f => (f.AsOf, f.SourceId)).Concat(context.FundOverviews.Select(f => (f.AsOf, f.SourceId))))
        {
            var source = context.Sources[snapshot.SourceId];
            if (snapshot.AsOf > source.AsOf)
            {
                var path = context.FileSources.First(p => p.Value == source.Id && p.Key.EndsWith(string.Create(CultureInfo.InvariantCulture, $"/{snapshot.AsOf:yyyy-MM-dd}.csv"), StringComparison.Ordinal)).Key;
                AsOfTooEarly(source, snapshot.AsOf, SourceLocation.File(path), diagnostics);
            }
        }

        if (context.FundFlowsSource is { } flowsId && context.FundFlows.Count > 0)
        {
            var newest = context.FundFlows.Max(f => f.Date);
            if (newest > context.Sources[flowsId].AsOf)
            {
                AsOfTooEarly(context.Sources[flowsId], newest, SourceLocation.File(context.FileSources.First(p => p.Value == flowsId).Key), diagnostics);
            }
        }

        if (context.FundAumSource is { } aumId && context.FundAum.Count > 0)
        {
            var newest = context.FundAum.Values.Max(f => f.AsOf);
            if (newest > context.Sources[aumId].AsOf)
            {
                AsOfTooEarly(context.Sources[aumId], newest, SourceLocation.File(context.FileSources.First(p => p.Value == aumId).Key), diagnostics);
            }
        }
    }

    private static void AsOfTooEarly(DataSource source, DateOnly found, SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.BadSources, string.Create(CultureInfo.InvariantCulture, $"data dated {found:yyyy-MM-dd} is newer than the as_of date {source.AsOf:yyyy-MM-dd} of data set '{source.Id}' in {SourcesPath}; expected as_of to be the date of the newest value"), at);

    /// <summary>Warns where a price series skips more than <see cref="MaxMissingTradingDays"/> trading days (rule in
    /// <see cref="DiagnosticCodes.DataGap"/>).</summary>
    private static void CheckGaps(LoadContext context, string calendarTicker, DiagnosticBag diagnostics)
    {
        var calendar = new TradingCalendar(calendarTicker, context.PriceFiles
            .Where(p => string.Equals(p.File.Ticker, calendarTicker, StringComparison.Ordinal))
            .Select(p => p.File.Dates)
            .OrderByDescending(d => d.Count)
            .FirstOrDefault() ?? []);
        foreach (var (file, _) in context.PriceFiles)
        {
            for (var i = 1; i < file.Dates.Count; i++)
            {
                var (from, to) = (file.Dates[i - 1], file.Dates[i]);
                string? message = null;
                if (calendar.Covers(from, to))
                {
                    var missing = calendar.TradingDaysBetween(from, to);
                    if (missing > MaxMissingTradingDays)
                    {
                        message = string.Create(CultureInfo.InvariantCulture, $"no rows between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}: {missing} trading days missing ({calendar.Ticker} calendar); expected at most {MaxMissingTradingDays}");
                    }
                }
                else if (to.DayNumber - from.DayNumber > MaxCalendarGapDays)
                {
                    message = string.Create(CultureInfo.InvariantCulture, $"no rows between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}: a gap of {to.DayNumber - from.DayNumber} calendar days; expected at most {MaxCalendarGapDays}");
                }

                if (message is not null)
                {
                    diagnostics.Warning(DiagnosticCodes.DataGap, message, new SourceLocation(file.Path, file.Lines[i], 1));
                }
            }
        }
    }

    /// <summary>Warns about series that end well before their data set's as-of date, and about price data sets that end well
    /// before the newest price data set unless marked final (rule in <see cref="DiagnosticCodes.StaleSeries"/>, <see cref="DataSource.Final"/>).</summary>
    private static void CheckStaleness(LoadContext context, DiagnosticBag diagnostics)
    {
        foreach (var (file, source) in context.PriceFiles)
        {
            if (file.Dates.Count > 0 && source.AsOf.DayNumber - file.Dates[^1].DayNumber > MaxCalendarGapDays)
            {
                diagnostics.Warning(DiagnosticCodes.StaleSeries, string.Create(CultureInfo.InvariantCulture, $"'{file.Ticker}' ends on {file.Dates[^1]:yyyy-MM-dd}, {source.AsOf.DayNumber - file.Dates[^1].DayNumber} days before the as_of date {source.AsOf:yyyy-MM-dd} of its data set '{source.Id}'; expected data up to that date"), new SourceLocation(file.Path, file.Lines[^1], 1));
            }
        }

        var priceSources = context.PriceFiles.Select(p => p.Source).DistinctBy(s => s.Id).ToList();
        if (priceSources.Count == 0)
        {
            return;
        }

        var newest = priceSources.MaxBy(s => s.AsOf)!;
        foreach (var source in priceSources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var behind = newest.AsOf.DayNumber - source.AsOf.DayNumber;
            if (behind > MaxCalendarGapDays && source.Final is null)
            {
                var series = context.PriceFiles.Count(p => p.Source.Id == source.Id);
                diagnostics.Warning(DiagnosticCodes.StaleSeries, string.Create(CultureInfo.InvariantCulture, $"data set '{source.Id}' ({series} price {(series == 1 ? "file" : "files")}) ends on {source.AsOf:yyyy-MM-dd}, {behind} days before the newest price data set '{newest.Id}' ({newest.AsOf:yyyy-MM-dd}); figures dated later cannot use its series"), source.Location ?? SourceLocation.File(SourcesPath));
            }
        }
    }
}
