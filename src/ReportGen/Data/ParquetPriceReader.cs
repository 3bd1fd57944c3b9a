using System.Globalization;
using DuckDB.NET.Data;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// Reads daily prices of many securities from one Parquet file under <c>data/prices/</c> through DuckDB (embedded, in
/// memory): one row per ticker and trading day, the columnar twin of a folder of <c>&lt;TICKER&gt;.csv</c> files.
/// </summary>
/// <remarks>
/// Columns (names case-insensitive, any order): <c>ticker</c> (string), <c>date</c> (DATE), at least one of
/// <c>adj_close</c> and <c>close</c>, optionally <c>open</c>, <c>high</c>, <c>low</c> (numbers, USD per share) and
/// <c>volume</c> (integer, shares). Rows of one ticker need not be contiguous, but their dates must ascend in file
/// order. Every value is checked as a CSV price file's is (finite, positive, plausible, High ≥ Low with Open and Close
/// inside, no split-sized move); a location's line is the row's 1-based number in the file and its column the column's
/// 1-based position in the schema (codes RG2110-RG2117, <see cref="DiagnosticCodes.UnreadableParquet"/> and after).
/// A ticker with any error is left out (its errors are reported); the others load.
/// </remarks>
internal static class ParquetPriceReader
{
    private static readonly string[] Columns = ["ticker", "date", "adj_close", "close", "open", "high", "low", "volume"];
    private static readonly string[] PriceColumns = ["adj_close", "close", "open", "high", "low"];
    private static readonly string[] Required = ["ticker", "date"];
    private static readonly int[] SplitRatios = [2, 3, 4, 5, 10, 20];

    /// <summary>The tickers read without error, one <see cref="PriceFile"/> each (all with the Parquet file's path), and the tickers with errors.</summary>
    internal sealed record Result(List<PriceFile> Files, List<string> FailedTickers);

    /// <summary>Reads <paramref name="fullPath"/>; returns null when the file as a whole is unusable (its error is reported).</summary>
    /// <param name="fullPath">The file on disk.</param>
    /// <param name="relative">Its project-relative path, for diagnostics.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static Result? Read(string fullPath, string relative, DiagnosticBag diagnostics)
    {
        try
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            var source = $"read_parquet('{fullPath.Replace("'", "''", StringComparison.Ordinal)}', file_row_number = true)";
            return Read(connection, source, relative, diagnostics);
        }
        catch (Exception e) when (e is DuckDBException or DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            var reason = e is DuckDBException ? e.Message.Split('\n')[0].Trim() : "the embedded DuckDB engine could not be loaded (" + e.GetType().Name + ")";
            reason = reason.Replace(fullPath, relative, StringComparison.Ordinal);
            diagnostics.Error(DiagnosticCodes.UnreadableParquet, $"cannot read the Parquet file: {reason}; expected a Parquet file with columns ticker, date and adj_close or close (docs/scaling.md)", SourceLocation.File(relative));
            return null;
        }
    }

    private static Result? Read(DuckDBConnection connection, string source, string relative, DiagnosticBag diagnostics)
    {
        // The schema: names, types, positions.
        var schema = new List<(string Name, string Type)>();
        using (var describe = connection.CreateCommand())
        {
            describe.CommandText = $"DESCRIBE SELECT * FROM {source}";
            using var reader = describe.ExecuteReader();
            while (reader.Read())
            {
                schema.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        schema.RemoveAll(c => c.Name == "file_row_number");
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < schema.Count; i++)
        {
            var name = schema[i].Name.ToLowerInvariant();
            var at = new SourceLocation(relative, 1, i + 1);
            if (!Columns.Contains(name) || !position.TryAdd(name, i))
            {
                diagnostics.Error(DiagnosticCodes.BadParquetSchema, $"column '{schema[i].Name}' (column {i + 1}) {(Columns.Contains(name) ? "appears twice" : "is not a column of the price layout")}; expected any of: {string.Join(", ", Columns)}", at);
                ok = false;
                continue;
            }

            var type = schema[i].Type;
            var expected = name switch
            {
                "ticker" => type == "VARCHAR" ? null : "a string (VARCHAR)",
                "date" => type == "DATE" ? null : "a DATE (a timestamp or text date must be cast to DATE when writing)",
                "volume" => IsInteger(type) ? null : "an integer number of shares",
                _ => IsInteger(type) || type is "DOUBLE" or "FLOAT" || type.StartsWith("DECIMAL", StringComparison.Ordinal) ? null : "a number (DOUBLE, FLOAT, DECIMAL or integer)",
            };
            if (expected is not null)
            {
                diagnostics.Error(DiagnosticCodes.BadParquetType, $"column '{schema[i].Name}' (column {i + 1}) is of type {type}; expected {expected}", at);
                ok = false;
            }
        }

        var missing = Required.Where(c => !position.ContainsKey(c)).ToList();
        if (!position.ContainsKey("adj_close") && !position.ContainsKey("close"))
        {
            missing.Add("adj_close or close");
        }

        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.BadParquetSchema, $"the file lacks column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}; expected ticker, date and adj_close or close, with any of open, high, low, volume", new SourceLocation(relative, 1, 1));
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var present = Columns.Where(position.ContainsKey).ToList();
        string Quoted(string column) => "\"" + schema[position[column]].Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        if (Nulls(connection, source, relative, present, position, Quoted, diagnostics))
        {
            return null;
        }

        // Runs of each ticker: when every ticker's rows are contiguous the file is streamed in its own order without the
        // ticker column (no string per row); otherwise it is read sorted by ticker, then row.
        var runs = new List<(string Ticker, long Count, long First)>();
        var contiguous = true;
        using (var group = connection.CreateCommand())
        {
            group.CommandText = $"SELECT {Quoted("ticker")}, count(*), min(file_row_number), max(file_row_number) FROM {source} GROUP BY 1 ORDER BY 3";
            using var reader = group.ExecuteReader();
            while (reader.Read())
            {
                var (ticker, count, first, last) = (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
                contiguous &= last - first + 1 == count;
                runs.Add((ticker, count, first));
            }
        }

        var failed = new List<string>();
        var okRuns = new List<(string Ticker, long Count, long First)>();
        foreach (var run in runs)
        {
            if (run.Ticker.Length == 0 || run.Ticker.Trim().Length != run.Ticker.Length || run.Ticker.Contains('/', StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.NullParquetValue, $"ticker '{run.Ticker}' in column 'ticker' (column {position["ticker"] + 1}) is empty, padded with spaces or holds '/'; expected a ticker such as NVDA", new SourceLocation(relative, (int)run.First + 1, position["ticker"] + 1));
                failed.Add(run.Ticker);
            }
            else
            {
                okRuns.Add(run);
            }
        }

        if (!contiguous)
        {
            runs.Sort((a, b) => string.CompareOrdinal(a.Ticker, b.Ticker));
        }

        var prices = PriceColumns.Where(position.ContainsKey).ToList();
        var select = string.Join(", ", new[] { "file_row_number", Quoted("date") }.Concat(prices.Select(c => $"CAST({Quoted(c)} AS DOUBLE)")).Concat(position.ContainsKey("volume") ? [$"CAST({Quoted("volume")} AS BIGINT)"] : []));
        using var command = connection.CreateCommand();
        command.CommandText = contiguous ? $"SELECT {select} FROM {source}" : $"SELECT {select} FROM {source} ORDER BY {Quoted("ticker")}, file_row_number";
        using var rows = command.ExecuteReader();
        var files = new List<PriceFile>();
        var keep = okRuns.Select(r => r.Ticker).ToHashSet(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            var n = (int)run.Count;
            List<double>? Column(string name) => position.ContainsKey(name) ? new List<double>(n) : null;
            var file = new PriceFile(relative, run.Ticker, new List<DateOnly>(n), new List<int>(n), Column("adj_close"), Column("close"), Column("open"), Column("high"), Column("low"), position.ContainsKey("volume") ? new List<long>(n) : null);
            var lists = prices.Select(c => c switch { "adj_close" => file.AdjustedClose!, "close" => file.Close!, "open" => file.Open!, "high" => file.High!, _ => file.Low! }).ToArray();
            for (var r = 0; r < n; r++)
            {
                if (!rows.Read())
                {
                    throw new InvalidOperationException("the Parquet file returned fewer rows than it counted");
                }

                file.Lines.Add((int)rows.GetInt64(0) + 1);
                file.Dates.Add(rows.GetFieldValue<DateOnly>(1));
                for (var k = 0; k < lists.Length; k++)
                {
                    lists[k].Add(rows.GetDouble(2 + k));
                }

                file.Volume?.Add(rows.GetInt64(2 + lists.Length));
            }

            if (!keep.Contains(run.Ticker))
            {
                continue;
            }

            if (Check(file, position, diagnostics))
            {
                files.Add(file);
            }
            else
            {
                failed.Add(run.Ticker);
            }
        }

        failed.Sort(StringComparer.Ordinal);
        return new Result(files, failed);
    }

    private static bool IsInteger(string type) => type is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT" or "HUGEINT";

    // Reports every null cell (up to 20); true when there was one.
    private static bool Nulls(DuckDBConnection connection, string source, string relative, List<string> present, Dictionary<string, int> position, Func<string, string> quoted, DiagnosticBag diagnostics)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT file_row_number, {string.Join(", ", present.Select(c => $"{quoted(c)} IS NULL"))} FROM {source} WHERE {string.Join(" OR ", present.Select(c => $"{quoted(c)} IS NULL"))} ORDER BY 1 LIMIT 20";
        using var reader = command.ExecuteReader();
        var any = false;
        while (reader.Read())
        {
            for (var k = 0; k < present.Count; k++)
            {
                if (reader.GetBoolean(1 + k))
                {
                    var column = present[k];
                    diagnostics.Error(DiagnosticCodes.NullParquetValue, string.Create(CultureInfo.InvariantCulture, $"column '{column}' (column {position[column] + 1}) is null in row {reader.GetInt64(0) + 1}; expected a value in every row"), new SourceLocation(relative, (int)reader.GetInt64(0) + 1, position[column] + 1));
                    any = true;
                }
            }
        }

        return any;
    }

    // The checks of a CSV price file, on one ticker's rows; false when any failed (each is reported).
    private static bool Check(PriceFile file, Dictionary<string, int> position, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        SourceLocation At(int i, string column) => new(file.Path, file.Lines[i], position[column] + 1);
        string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        for (var i = 1; i < file.Dates.Count && diagnostics.ErrorCount - errors < 20; i++)
        {
            if (file.Dates[i] <= file.Dates[i - 1])
            {
                diagnostics.Error(DiagnosticCodes.UnsortedParquetDate, Inv($"date {file.Dates[i]:yyyy-MM-dd} of '{file.Ticker}' in row {file.Lines[i]} {(file.Dates[i] == file.Dates[i - 1] ? "repeats" : "comes after")} {file.Dates[i - 1]:yyyy-MM-dd} in row {file.Lines[i - 1]}; expected each ticker's dates ascending in file order, one row per trading day"), At(i, "date"));
            }
        }

        foreach (var (column, values) in new[] { ("adj_close", file.AdjustedClose), ("close", file.Close), ("open", file.Open), ("high", file.High), ("low", file.Low) })
        {
            for (var i = 0; values is not null && i < values.Count && diagnostics.ErrorCount - errors < 20; i++)
            {
                var v = values[i];
                if (!(double.IsFinite(v) && v > 0 && v >= Plausibility.MinPriceUsd && v <= Plausibility.MaxPriceUsd))
                {
                    diagnostics.Error(DiagnosticCodes.BadParquetValue, Inv($"{column} {v} of '{file.Ticker}' on {file.Dates[i]:yyyy-MM-dd} is not a plausible price; expected a price from {Plausibility.MinPriceUsd} to {Plausibility.MaxPriceUsd:N0} USD"), At(i, column));
                }
            }
        }

        for (var i = 0; file.Volume is not null && i < file.Volume.Count; i++)
        {
            if (file.Volume[i] < 0)
            {
                diagnostics.Error(DiagnosticCodes.BadParquetValue, Inv($"volume {file.Volume[i]} of '{file.Ticker}' on {file.Dates[i]:yyyy-MM-dd} is negative; expected a number of shares, 0 or more"), At(i, "volume"));
                break;
            }
        }

        if (diagnostics.ErrorCount > errors)
        {
            return false;
        }

        for (var i = 0; file.High is not null && file.Low is not null && i < file.Dates.Count; i++)
        {
            var (high, low) = (file.High[i], file.Low[i]);
            var outside = high < low ? "high" : file.Open is { } o && (o[i] < low || o[i] > high) ? "open" : file.Close is { } c && (c[i] < low || c[i] > high) ? "close" : null;
            if (outside is not null)
            {
                diagnostics.Error(DiagnosticCodes.ParquetHighBelowLow, Inv($"{outside} of '{file.Ticker}' on {file.Dates[i]:yyyy-MM-dd} is outside the day's range low {low} to high {high}; expected low <= open, close <= high"), At(i, outside));
            }
        }

        foreach (var (column, values) in new[] { ("adj_close", file.AdjustedClose), ("close", file.Close) })
        {
            for (var i = 1; values is not null && i < values.Count; i++)
            {
                var q = values[i] / values[i - 1];
                if (q > PriceFileReader.SplitFallRatio && q < PriceFileReader.SplitRiseRatio)
                {
                    continue;
                }

                foreach (var k in SplitRatios)
                {
                    var split = Math.Abs((q * k) - 1) <= PriceFileReader.SplitTolerance;
                    if (split || Math.Abs((q / k) - 1) <= PriceFileReader.SplitTolerance)
                    {
                        diagnostics.Error(DiagnosticCodes.ParquetSuspectedSplit, Inv($"{column} {values[i]} of '{file.Ticker}' on {file.Dates[i]:yyyy-MM-dd} is {q:0.####}x the previous {values[i - 1]} on {file.Dates[i - 1]:yyyy-MM-dd}, which looks like {(split ? $"a {k}-for-1 split" : $"a 1-for-{k} reverse split")} not applied to earlier rows; expected split-adjusted prices"), At(i, column));
                        break;
                    }
                }
            }
        }

        return diagnostics.ErrorCount == errors;
    }
}
