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
/// <c>securities.csv</c>, <c>universes.csv</c>, <c>events.csv</c> (optional: the events calendar); <c>prices/**/&lt;TICKER&gt;.csv</c> daily prices (any sub-folder, e.g.
/// prices/adjusted/ and prices/quoted/; each price field of a ticker must come from exactly one file);
/// <c>dividends/&lt;TICKER&gt;.csv</c>; <c>fundamentals/&lt;yyyy-MM-dd&gt;.csv</c>; <c>funds/flows.csv</c>;
/// <c>funds/aum.csv</c>; <c>funds/overviews/&lt;yyyy-MM-dd&gt;.csv</c>. Any other CSV is an error
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
    /// <returns>The loaded data; incomplete when <paramref name="diagnostics"/> has errors.</returns>
    public static MarketData Run(string projectRoot, DiagnosticBag diagnostics, string benchmark = SiteConfig.DefaultBenchmark)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var dataDir = new ProjectLayout(projectRoot).Data;
        var context = new LoadContext();
        if (!ReadSources(projectRoot, context, diagnostics))
        {
            // sources.yml could not be read (its error is reported): every CSV would be reported as covered by no data set.
            return new MarketData(context.Sources, context.Securities, context.Prices, context.Universes, context.FileSources);
        }

        foreach (var full in SourceFiles.Enumerate(dataDir, "*.csv"))
        {
            ReadFile(full, SourceFiles.Relative(dataDir, full), context, diagnostics);
        }

        CheckReferences(context, diagnostics);
        CheckAsOfDates(context, diagnostics);
        CheckGaps(context, benchmark, diagnostics);
        CheckStaleness(context, diagnostics);
        CheckFlowsAgainstAum(context, diagnostics);
        var events = CheckEvents(context, diagnostics);
        return new MarketData(context.Sources, context.Securities, context.Prices, context.Universes, context.FileSources)
        {
            Dividends = context.Dividends,
            Fundamentals = [.. context.Fundamentals.OrderBy(f => f.AsOf)],
            FundFlows = context.FundFlows,
            FundFlowsSource = context.FundFlowsSource,
            FundAum = context.FundAum,
            FundAumSource = context.FundAumSource,
            FundOverviews = [.. context.FundOverviews.OrderBy(f => f.AsOf)],
            Events = events,
        };
    }

    private static void ReadFile(string full, string dataRelative, LoadContext context, DiagnosticBag diagnostics)
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
            diagnostics.Error(DiagnosticCodes.UnknownDataFile, $"no data format lives at '{dataRelative}'; expected securities.csv, universes.csv, events.csv, prices/**/<TICKER>.csv, dividends/<TICKER>.csv, fundamentals/<yyyy-MM-dd>.csv, funds/flows.csv, funds/aum.csv or funds/overviews/<yyyy-MM-dd>.csv", SourceLocation.File(relative));
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
        var file = CsvFile.Read(full, relative, diagnostics);
        if (file is null)
        {
            return;
        }

        switch (kind)
        {
            case FileKind.Securities:
                SecuritiesFileReader.Read(file, context.Securities, diagnostics);
                break;
            case FileKind.Universes:
                UniversesFileReader.Read(file, context.Universes, context.UniverseRows, diagnostics);
                break;
            case FileKind.Prices:
                var priceErrors = diagnostics.ErrorCount;
                AddPrices(PriceFileReader.Read(file, name, diagnostics), source, context, diagnostics);
                if (diagnostics.ErrorCount > priceErrors)
                {
                    context.FailedPriceFiles.Add(name);
                }

                break;
            case FileKind.Dividends:
                if (DividendFileReader.Read(file, diagnostics) is { } dividends)
                {
                    context.Dividends[name] = new DividendHistory(name, dividends, source.Id);
                    context.DividendFiles.Add((relative, name));
                }

                break;
            case FileKind.Fundamentals:
                if (FundamentalsFileReader.Read(file, diagnostics) is { } companies)
                {
                    context.Fundamentals.Add(new FundamentalsSnapshot(asOf, companies, source.Id));
                }

                break;
            case FileKind.FundFlows:
                var located = new List<(CsvFile File, CsvRow Row, int Field, FundFlow Flow)>();
                if (FundFileReader.ReadFlows(file, diagnostics, located) is { } flows)
                {
                    context.FundFlows.AddRange(flows);
                    context.FundFlowRows.AddRange(located);
                    context.FundFlowsSource = source.Id;
                }

                break;
            case FileKind.FundAum:
                if (FundFileReader.ReadAum(file, diagnostics) is { } aum)
                {
                    foreach (var (ticker, value) in aum)
                    {
                        context.FundAum[ticker] = value;
                    }

                    context.FundAumSource = source.Id;
                }

                break;
            case FileKind.Events:
                EventsFileReader.Read(file, source.Id, context.EventRows, diagnostics);
                break;
            case FileKind.FundOverviews:
                if (FundOverviewFileReader.Read(file, diagnostics) is { } funds)
                {
                    context.FundOverviews.Add(new FundOverviewSnapshot(asOf, funds, source.Id));
                }

                break;
        }
    }

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

    // False when sources.yml is missing, unreadable, not YAML or not of its schema.
    private static bool ReadSources(string projectRoot, LoadContext context, DiagnosticBag diagnostics)
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
            return true;
        }

        if (SourcesFileReader.Parse(text, SourcesPath, diagnostics) is not { } sources)
        {
            return false;
        }

        foreach (var source in sources)
        {
            context.Sources.TryAdd(source.Id, source);
        }

        return true;
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
    }
}
