using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Project;

namespace ReportGen.Data;

/// <summary>
/// Stage 1 of the build: reads every CSV under <c>data/</c> and its provenance from <c>data/sources.yml</c>, validates
/// every row and the files against each other, and collects all problems. The caller stops when any error was reported.
/// </summary>
/// <remarks>
/// Where a file lives says what it is (paths relative to data/):
/// <c>securities.csv</c>, <c>universes.csv</c>, <c>events.csv</c> (optional: the events calendar); <c>prices/**/&lt;TICKER&gt;.csv</c> daily prices, or many tickers' in one <c>prices/**/*.parquet</c> (<see cref="ParquetPriceReader"/>) (any sub-folder, e.g.
/// prices/adjusted/ and prices/quoted/; each price field of a ticker must come from exactly one file);
/// <c>dividends/&lt;TICKER&gt;.csv</c>; <c>fundamentals/&lt;yyyy-MM-dd&gt;.csv</c>; <c>funds/flows.csv</c>;
/// <c>funds/aum.csv</c>; <c>funds/overviews/&lt;yyyy-MM-dd&gt;.csv</c>; <c>macro/&lt;name&gt;.csv</c> (monthly macro series, <see cref="MacroSeries"/>). Any other CSV is an error
/// (<see cref="DiagnosticCodes.UnknownDataFile"/>). Every file must be covered by exactly one data set in sources.yml.
/// </remarks>
public static partial class LoadData
{
    /// <summary>Path of the provenance file, relative to the project root.</summary>
    public const string SourcesPath = ProjectLayout.SourcesFile;

    /// <summary>Loads <c>&lt;projectRoot&gt;/data</c>.</summary>
    /// <param name="projectRoot">The project folder (holding data/ and templates/).</param>
    /// <param name="diagnostics">Where every problem goes; paths in it are relative to <paramref name="projectRoot"/>.</param>
    /// <param name="benchmark">The house benchmark (<see cref="SiteConfig.Benchmark"/>), whose trading days are the
    /// <see cref="TradingCalendar"/> that gaps in other series are measured against.</param>
    /// <param name="cache">Parsed files kept from the previous load of the same project (by <c>serve</c>): a file whose
    /// length and last-write time are unchanged is taken from it instead of being read; null to read every file.</param>
    /// <returns>The loaded data; incomplete when <paramref name="diagnostics"/> has errors.</returns>
    public static MarketData Run(string projectRoot, DiagnosticBag diagnostics, string benchmark = SiteConfig.DefaultBenchmark, DataFileCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var dataDir = new ProjectLayout(projectRoot).Data;
        var context = new LoadContext();
        var (sourcesRead, sources) = ReadSources(projectRoot, context, diagnostics);
        cache?.Begin(sources);
        if (!sourcesRead)
        {
            // sources.yml is not YAML or not of its schema (its error is reported): every CSV would be reported as covered by no data set.
            return new MarketData(context.Sources, context.Securities, context.Prices, context.Universes, context.FileSources);
        }

        var files = SourceFiles.Enumerate(dataDir, "*.csv").Concat(SourceFiles.Enumerate(dataDir, "*.parquet"))
            .OrderBy(f => SourceFiles.Relative(dataDir, f), StringComparer.Ordinal).ToList();
        var clean = cache is null ? ParseCleanPriceFiles(dataDir, files) : null;
        foreach (var full in files)
        {
            ReadFile(full, SourceFiles.Relative(dataDir, full), context, diagnostics, cache, clean);
        }

        cache?.End();
        if (cache?.Unchanged(benchmark) is { } same)
        {
            foreach (var d in same.Checks)
            {
                diagnostics.Add(d);
            }

            return same.Data;
        }

        var checks = cache is null ? diagnostics : new DiagnosticBag();
        CheckReferences(context, checks);
        CheckAsOfDates(context, checks);
        CheckGaps(context, benchmark, checks);
        CheckStaleness(context, checks);
        CheckFlowsAgainstAum(context, checks);
        var events = CheckEvents(context, checks);
        var data = new MarketData(context.Sources, context.Securities, context.Prices, context.Universes, context.FileSources)
        {
            Dividends = context.Dividends,
            Fundamentals = [.. context.Fundamentals.OrderBy(f => f.AsOf)],
            FundFlows = context.FundFlows,
            FundFlowsSource = context.FundFlowsSource,
            FundAum = context.FundAum,
            FundAumSource = context.FundAumSource,
            FundOverviews = [.. context.FundOverviews.OrderBy(f => f.AsOf)],
            Events = events,
            Macro = context.Macro,
        };
        if (cache is not null)
        {
            var found = checks.Sorted();
            foreach (var d in found)
            {
                diagnostics.Add(d);
            }

            cache.Remember(benchmark, data, found);
        }

        return data;
    }

    // The price files (data/prices/**) parsed on all cores by the fast reader, by full path; a file missing from the
    // result needs the full reader (its problems are reported in file order by ReadFile). Parsing is most of the load
    // stage at thousands of securities (docs/scaling.md); each file is parsed on its own, so the order does not matter.
    private static Dictionary<string, PriceFile> ParseCleanPriceFiles(string dataDir, IReadOnlyList<string> files)
    {
        var prices = files.Where(f => SourceFiles.Relative(dataDir, f).StartsWith("prices/", StringComparison.Ordinal) && f.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        var parsed = new PriceFile?[prices.Count];
        Parallel.For(0, prices.Count, i =>
            parsed[i] = PriceFileFastReader.TryRead(prices[i], ProjectLayout.DataFolder + "/" + SourceFiles.Relative(dataDir, prices[i]), Path.GetFileNameWithoutExtension(prices[i])));
        var clean = new Dictionary<string, PriceFile>(StringComparer.Ordinal);
        for (var i = 0; i < prices.Count; i++)
        {
            if (parsed[i] is { } file)
            {
                clean[prices[i]] = file;
            }
        }

        return clean;
    }

    private static void ReadFile(string full, string dataRelative, LoadContext context, DiagnosticBag diagnostics, DataFileCache? cache, Dictionary<string, PriceFile>? clean)
    {
        var relative = ProjectLayout.DataFolder + "/" + dataRelative;
        var covering = context.Sources.Values.Where(s => s.Covers(dataRelative)).ToList();
        if (covering.Count != 1)
        {
            var found = covering.Count == 0 ? "no data set covers" : $"data sets {string.Join(" and ", covering.Select(s => $"'{s.Id}'"))} all cover";
            diagnostics.Error(DiagnosticCodes.MissingSource, $"{found} this file in {SourcesPath}; expected exactly one entry whose 'files' matches '{dataRelative}'", SourceLocation.File(relative));
            return;
        }

        var source = covering[0];
        var parts = dataRelative.Split('/');
        var kind = KindOf(parts);
        if (kind is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownDataFile, $"no data format lives at '{dataRelative}'; expected securities.csv, universes.csv, events.csv, prices/**/<TICKER>.csv, prices/**/*.parquet, dividends/<TICKER>.csv, fundamentals/<yyyy-MM-dd>.csv, funds/flows.csv, funds/aum.csv, funds/overviews/<yyyy-MM-dd>.csv or macro/<name>.csv", SourceLocation.File(relative));
            return;
        }

        var name = Path.GetFileNameWithoutExtension(full);
        DateOnly asOf = default;
        if (kind is FileKind.Fundamentals or FileKind.FundOverviews && !FieldReader.TryParseDate(name, out asOf))
        {
            diagnostics.Error(DiagnosticCodes.BadFileName, $"file name '{name}.csv' is not a date; expected the snapshot's as-of trading day as yyyy-MM-dd.csv, such as 2026-06-30.csv", SourceLocation.File(relative));
            return;
        }

        context.FileSources[relative] = source.Id;
        var (parsed, parseDiagnostics) = kind == FileKind.Prices && clean?.GetValueOrDefault(full) is { } file
            ? (new ParsedPrices(file, Failed: false), [])
            : Parse(full, relative, kind.Value, name, source.Id, cache);
        foreach (var d in parseDiagnostics)
        {
            diagnostics.Add(d);
        }

        switch (parsed)
        {
            case Dictionary<string, Security> securities:
                foreach (var (ticker, security) in securities)
                {
                    context.Securities[ticker] = security;
                }

                break;
            case ParsedUniverses universes:
                foreach (var (universeName, universe) in universes.Universes)
                {
                    context.Universes[universeName] = universe;
                }

                context.UniverseRows.AddRange(universes.MemberRows);
                break;
            case ParsedPrices prices:
                var priceErrors = diagnostics.ErrorCount;
                AddPrices(prices.File, source, context, diagnostics);
                if (prices.Failed || diagnostics.ErrorCount > priceErrors)
                {
                    context.FailedPriceFiles.Add(name);
                }

                break;
            case ParquetPriceReader.Result columnar:
                foreach (var series in columnar.Files)
                {
                    var before = diagnostics.ErrorCount;
                    AddPrices(series, source, context, diagnostics);
                    if (diagnostics.ErrorCount > before)
                    {
                        context.FailedPriceFiles.Add(series.Ticker);
                    }
                }

                context.FailedPriceFiles.UnionWith(columnar.FailedTickers);
                break;
            case List<Dividend> dividends:
                context.Dividends[name] = new DividendHistory(name, dividends, source.Id);
                context.DividendFiles.Add((relative, name));
                break;
            case Dictionary<string, Fundamentals> companies:
                context.Fundamentals.Add(new FundamentalsSnapshot(asOf, companies, source.Id));
                break;
            case ParsedFlows flows:
                context.FundFlows.AddRange(flows.Flows);
                context.FundFlowRows.AddRange(flows.Located);
                context.FundFlowsSource = source.Id;
                break;
            case Dictionary<string, FundAum> aum:
                foreach (var (ticker, value) in aum)
                {
                    context.FundAum[ticker] = value;
                }

                context.FundAumSource = source.Id;
                break;
            case List<(CsvFile File, CsvRow Row, int Field, CalendarEvent Event)> events:
                context.EventRows.AddRange(events);
                break;
            case Dictionary<string, FundOverview> funds:
                context.FundOverviews.Add(new FundOverviewSnapshot(asOf, funds, source.Id));
                break;
            case MacroSeries macro:
                context.Macro[macro.Name] = macro;
                break;
        }
    }

    // Reads and parses one file on its own (no other file's rows are consulted), so the result and its diagnostics can be
    // kept in `cache` and reused while the file's length and last-write time stay the same. The result's shape depends
    // on the kind (see ReadFile); null when the file could not be read or its reader gave nothing.
    private static (object? Value, IReadOnlyList<Diagnostic> Diagnostics) Parse(string full, string relative, FileKind kind, string name, string sourceId, DataFileCache? cache)
    {
        var stamp = (0L, 0L);
        var variant = kind is FileKind.Events or FileKind.Macro ? sourceId : string.Empty; // events and macro series carry their data set's id
        if (cache is not null)
        {
            var info = new FileInfo(full);
            stamp = (info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
            if (cache.TryGet(relative, stamp, variant) is { } entry)
            {
                return (entry.Value, entry.Diagnostics);
            }
        }

        var own = new DiagnosticBag();
        object? value = null;
        if (kind == FileKind.Prices && full.EndsWith(".parquet", StringComparison.Ordinal))
        {
            value = ParquetPriceReader.Read(full, relative, own);
        }
        else if (kind == FileKind.Prices && PriceFileFastReader.TryRead(full, relative, name) is { } clean)
        {
            value = new ParsedPrices(clean, Failed: false); // a clean file; anything else is read below, with its diagnostics
        }
        else if (CsvFile.Read(full, relative, own) is { } file)
        {
            value = kind switch
            {
                FileKind.Securities => ReadInto(new Dictionary<string, Security>(StringComparer.Ordinal), d => SecuritiesFileReader.Read(file, d, own)),
                FileKind.Universes => ReadUniverses(file, own),
                FileKind.Prices => ReadPrices(file, name, own),
                FileKind.Dividends => DividendFileReader.Read(file, own),
                FileKind.Fundamentals => FundamentalsFileReader.Read(file, own),
                FileKind.FundFlows => ReadFlows(file, own),
                FileKind.FundAum => FundFileReader.ReadAum(file, own),
                FileKind.Events => ReadInto(new List<(CsvFile File, CsvRow Row, int Field, CalendarEvent Event)>(), rows => EventsFileReader.Read(file, sourceId, rows, own)),
                FileKind.FundOverviews => FundOverviewFileReader.Read(file, own),
                FileKind.Macro => MacroFileReader.Read(file, name, sourceId, own),
                _ => null,
            };
        }

        var found = own.Sorted();
        cache?.Put(relative, new DataFileCache.Entry(stamp, variant, value, found));
        return (value, found);
    }

    private static T ReadInto<T>(T into, Action<T> read)
    {
        read(into);
        return into;
    }

    private static ParsedUniverses ReadUniverses(CsvFile file, DiagnosticBag diagnostics)
    {
        var universes = new ParsedUniverses(new Dictionary<string, Universe>(StringComparer.Ordinal), []);
        UniversesFileReader.Read(file, universes.Universes, universes.MemberRows, diagnostics);
        return universes;
    }

    private static ParsedPrices ReadPrices(CsvFile file, string ticker, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        var prices = PriceFileReader.Read(file, ticker, diagnostics);
        return new ParsedPrices(prices, diagnostics.ErrorCount > errors);
    }

    private static ParsedFlows? ReadFlows(CsvFile file, DiagnosticBag diagnostics)
    {
        var located = new List<(CsvFile File, CsvRow Row, int Field, FundFlow Flow)>();
        return FundFileReader.ReadFlows(file, diagnostics, located) is { } flows ? new ParsedFlows(flows, located) : null;
    }

    private sealed record ParsedUniverses(Dictionary<string, Universe> Universes, List<(CsvFile File, CsvRow Row, int Field, string Ticker)> MemberRows);

    /// <summary>A price file's rows (null when unusable) and whether its reader reported an error.</summary>
    internal sealed record ParsedPrices(PriceFile? File, bool Failed);

    private sealed record ParsedFlows(List<FundFlow> Flows, List<(CsvFile File, CsvRow Row, int Field, FundFlow Flow)> Located);

    private static FileKind? KindOf(string[] parts) => parts switch
    {
        ["securities.csv"] => FileKind.Securities,
        ["universes.csv"] => FileKind.Universes,
        ["events.csv"] => FileKind.Events,
        ["prices", .., _] => FileKind.Prices,
        ["dividends", _] => FileKind.Dividends,
        ["fundamentals", _] => FileKind.Fundamentals,
        ["funds", "flows.csv"] => FileKind.FundFlows,
        ["funds", "aum.csv"] => FileKind.FundAum,
        ["funds", "overviews", _] => FileKind.FundOverviews,
        ["macro", _] => FileKind.Macro,
        _ => null,
    };

    private static void AddPrices(PriceFile? read, DataSource source, LoadContext context, DiagnosticBag diagnostics)
    {
        if (read is null)
        {
            return;
        }

        var ticker = read.Ticker;
        var existing = context.Prices.GetValueOrDefault(ticker) ?? new SecurityPrices(ticker, null, null, null, null);
        var fields = new List<string>();
        if (read.AdjustedClose is not null)
        {
            fields.Add("Adj Close");
        }

        if (read.Close is not null)
        {
            fields.Add("Close");
        }

        if (read.HasBars)
        {
            fields.Add("Open/High/Low/Volume");
        }

        var clashes = fields.Where(f => context.FieldFiles.ContainsKey((ticker, f))).ToList();
        if (clashes.Count > 0)
        {
            var given = string.Join("; ", clashes.Select(f => $"{f} is already given by {context.FieldFiles[(ticker, f)]}"));
            diagnostics.Error(DiagnosticCodes.ConflictingSeries, $"this file gives prices for '{ticker}' that another file already gives: {given}; expected each price field of a ticker in exactly one file", SourceLocation.File(read.Path));
            return;
        }

        foreach (var field in fields)
        {
            context.FieldFiles[(ticker, field)] = read.Path;
        }

        context.PriceFiles.Add((read, source));
        context.Prices[ticker] = existing with
        {
            AdjustedClose = read.AdjustedClose is null ? existing.AdjustedClose : new PriceSeries(ticker, PriceField.AdjustedClose, read.Dates, read.AdjustedClose),
            AdjustedCloseSource = read.AdjustedClose is null ? existing.AdjustedCloseSource : source.Id,
            Close = read.Close is null ? existing.Close : new PriceSeries(ticker, PriceField.Close, read.Dates, read.Close),
            CloseSource = read.Close is null ? existing.CloseSource : source.Id,
            Bars = read.HasBars ? new DailyBars(ticker, read.Dates, read.Open, read.High, read.Low, read.Volume) : existing.Bars,
            BarsSource = read.HasBars ? source.Id : existing.BarsSource,
        };
    }

    // Read is false when sources.yml is not YAML or not of its schema; Text is the text read (null when unreadable), so a
    // cache can tell whether the data sets changed.
    private static (bool Read, string? Text) ReadSources(string projectRoot, LoadContext context, DiagnosticBag diagnostics)
    {
        var path = new ProjectLayout(projectRoot).Full(SourcesPath);
        string text;
        try
        {
            text = File.ReadAllText(path, new System.Text.UTF8Encoding(false, true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot read the provenance file: {CsvFile.Reason(e)}; expected a YAML file listing every data set", SourceLocation.File(SourcesPath));
            return (true, null);
        }

        if (SourcesFileReader.Parse(text, SourcesPath, diagnostics) is not { } sources)
        {
            return (false, text);
        }

        foreach (var source in sources)
        {
            context.Sources.TryAdd(source.Id, source);
        }

        return (true, text);
    }

    private enum FileKind
    {
        Securities,
        Universes,
        Prices,
        Dividends,
        Fundamentals,
        FundFlows,
        FundAum,
        FundOverviews,
        Events,
        Macro,
    }
}
