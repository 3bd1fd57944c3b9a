using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Data;

/// <summary>
/// Stage 1 of the build: reads every CSV under <c>data/</c> and its provenance from <c>data/sources.yml</c>, validates
/// every row, and collects all problems. The caller stops when any error was reported.
/// </summary>
public static class LoadData
{
    /// <summary>Path of the provenance file, relative to the project root.</summary>
    public const string SourcesPath = "data/sources.yml";

    /// <summary>Loads <c>&lt;projectRoot&gt;/data</c>.</summary>
    /// <param name="projectRoot">The project folder (holding data/ and templates/).</param>
    /// <param name="diagnostics">Where every problem goes; paths in it are relative to <paramref name="projectRoot"/>.</param>
    /// <returns>The loaded data; incomplete when <paramref name="diagnostics"/> has errors.</returns>
    public static MarketData Run(string projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var dataDir = Path.Combine(projectRoot, "data");
        var sources = ReadSources(projectRoot, diagnostics);
        var fileSources = new Dictionary<string, string>(StringComparer.Ordinal);
        var securities = new Dictionary<string, Security>(StringComparer.Ordinal);
        var prices = new Dictionary<string, SecurityPrices>(StringComparer.Ordinal);
        var universes = new Dictionary<string, Universe>(StringComparer.Ordinal);
        var universeRows = new List<(CsvFile File, CsvRow Row, string Ticker)>();
        var failedPriceFiles = new HashSet<string>(StringComparer.Ordinal);

        foreach (var full in SourceFiles.Enumerate(dataDir, "*.csv"))
        {
            var dataRelative = SourceFiles.Relative(dataDir, full);
            var relative = "data/" + dataRelative;
            var source = sources.Values.FirstOrDefault(s => s.Covers(dataRelative));
            if (source is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingSource, $"no data set in {SourcesPath} covers this file; expected an entry whose 'files' matches '{dataRelative}'", SourceLocation.File(relative));
                continue;
            }

            fileSources[relative] = source.Id;
            var errorsBefore = diagnostics.ErrorCount;
            var file = CsvFile.Read(full, relative, diagnostics);
            if (file is null)
            {
                continue;
            }

            if (dataRelative == "securities.csv")
            {
                ReadSecurities(file, securities, diagnostics);
            }
            else if (dataRelative == "universes.csv")
            {
                ReadUniverses(file, universes, universeRows, diagnostics);
            }
            else if (dataRelative.StartsWith("prices/", StringComparison.Ordinal))
            {
                ReadPrices(file, Path.GetFileNameWithoutExtension(full), source.Id, prices, diagnostics);
            }

            if (diagnostics.ErrorCount > errorsBefore && dataRelative.StartsWith("prices/", StringComparison.Ordinal))
            {
                // Its errors are reported already; do not cascade into "no price data" for the same ticker.
                failedPriceFiles.Add(Path.GetFileNameWithoutExtension(full));
            }
        }

        foreach (var (file, row, ticker) in universeRows)
        {
            if (!prices.ContainsKey(ticker) && !failedPriceFiles.Contains(ticker))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTicker, $"ticker '{ticker}' has no price data; expected a file data/prices/.../{ticker}.csv", new SourceLocation(file.Path, row.Line, row.ColumnOf(1)), row.RawLine);
            }
        }

        foreach (var ticker in prices.Keys.Order(StringComparer.Ordinal))
        {
            if (!securities.ContainsKey(ticker))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTicker, $"ticker '{ticker}' has price data but no row in data/securities.csv; expected a row '{ticker},<name>,<kind>,<sector>,<industry>'", SourceLocation.File("data/securities.csv"));
            }
        }

        return new MarketData(sources, securities, prices, universes, fileSources);
    }

    private static Dictionary<string, DataSource> ReadSources(string projectRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(projectRoot, SourcesPath);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot read the provenance file: {e.Message}; every data set needs an entry there", SourceLocation.File(SourcesPath));
            return [];
        }

        var result = new Dictionary<string, DataSource>(StringComparer.Ordinal);
        foreach (var source in SourcesFileReader.Parse(text, SourcesPath, diagnostics))
        {
            result.TryAdd(source.Id, source);
        }

        return result;
    }

    private static void ReadSecurities(CsvFile file, Dictionary<string, Security> securities, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["ticker", "name", "kind", "sector", "industry"], diagnostics);
        if (columns is null)
        {
            return;
        }

        foreach (var row in file.Rows.Skip(1))
        {
            var ticker = columns.Get(row, "ticker");
            var name = columns.Get(row, "name");
            var kindText = columns.Get(row, "kind");
            if (ticker.Length == 0 || name.Length == 0)
            {
                var field = ticker.Length == 0 ? "ticker" : "name";
                diagnostics.Error(DiagnosticCodes.EmptyField, $"column '{field}' (field {columns[field] + 1}) is empty; expected a value", new SourceLocation(file.Path, row.Line, row.ColumnOf(columns[field])), row.RawLine);
                continue;
            }

            if (!Enum.TryParse<SecurityKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, $"'{kindText}' in column 'kind' (field {columns["kind"] + 1}) is not a security kind; expected stock, etf or index", new SourceLocation(file.Path, row.Line, row.ColumnOf(columns["kind"])), row.RawLine);
                continue;
            }

            if (!securities.TryAdd(ticker, new Security(ticker, name, kind, columns.Get(row, "sector"), columns.Get(row, "industry"))))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, $"ticker '{ticker}' appears twice; expected one row per security", new SourceLocation(file.Path, row.Line, row.ColumnOf(columns["ticker"])), row.RawLine);
            }
        }
    }

    private static void ReadUniverses(CsvFile file, Dictionary<string, Universe> universes, List<(CsvFile, CsvRow, string)> rows, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["universe", "ticker"], diagnostics);
        if (columns is null)
        {
            return;
        }

        var members = new Dictionary<string, (List<string> Tickers, Dictionary<string, double> Weights)>(StringComparer.Ordinal);
        foreach (var row in file.Rows.Skip(1))
        {
            var name = columns.Get(row, "universe");
            var ticker = columns.Get(row, "ticker");
            if (name.Length == 0 || ticker.Length == 0)
            {
                var field = name.Length == 0 ? "universe" : "ticker";
                diagnostics.Error(DiagnosticCodes.EmptyField, $"column '{field}' (field {columns[field] + 1}) is empty; expected a value", new SourceLocation(file.Path, row.Line, row.ColumnOf(columns[field])), row.RawLine);
                continue;
            }

            if (!members.TryGetValue(name, out var entry))
            {
                entry = ([], new Dictionary<string, double>(StringComparer.Ordinal));
                members[name] = entry;
            }

            entry.Tickers.Add(ticker);
            rows.Add((file, row, ticker));
            var weightText = columns.Get(row, "weight");
            if (weightText.Length > 0)
            {
                if (double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight > 0 && double.IsFinite(weight))
                {
                    entry.Weights[ticker] = weight;
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.BadNumber, $"'{weightText}' in column 'weight' (field {columns["weight"] + 1}) is not a weight; expected a positive fraction such as 0.25, or nothing", new SourceLocation(file.Path, row.Line, row.ColumnOf(columns["weight"])), row.RawLine);
                }
            }
        }

        foreach (var (name, (tickers, weights)) in members)
        {
            universes[name] = new Universe(name, tickers, weights);
        }
    }

    private static void ReadPrices(CsvFile file, string ticker, string sourceId, Dictionary<string, SecurityPrices> prices, DiagnosticBag diagnostics)
    {
        var read = PriceFileReader.Read(file, ticker, diagnostics);
        if (read is not { } series)
        {
            return;
        }

        var existing = prices.GetValueOrDefault(ticker) ?? new SecurityPrices(ticker, null, null, null, null);
        if ((series.AdjustedClose is not null && existing.AdjustedClose is not null) || (series.Close is not null && existing.Close is not null))
        {
            diagnostics.Error(DiagnosticCodes.ConflictingSeries, $"a second file gives prices for '{ticker}' that another file already gives; expected one file per price field and ticker", SourceLocation.File(file.Path));
            return;
        }

        prices[ticker] = existing with
        {
            AdjustedClose = series.AdjustedClose ?? existing.AdjustedClose,
            AdjustedCloseSource = series.AdjustedClose is null ? existing.AdjustedCloseSource : sourceId,
            Close = series.Close ?? existing.Close,
            CloseSource = series.Close is null ? existing.CloseSource : sourceId,
        };
    }
}
