using System.Globalization;
using System.Security.Cryptography;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Publishing;

/// <summary>
/// The published record applied to one build (docs/ledger.md): every rendered edition compared with its newest version in
/// <c>published/ledger.csv</c>, new editions recorded, changed figures refused or (with <c>--accept-revisions</c>)
/// published as corrections, and what each page shows about its publication. <see cref="Prepare"/> runs before the site
/// is assembled; <see cref="Commit"/> writes the ledger after the site was published.
/// </summary>
public sealed class Publication
{
    private readonly Dictionary<string, EditionRecord> _records;
    private readonly Ledger? _toWrite;

    private Publication(Dictionary<string, EditionRecord> records, Ledger? toWrite)
    {
        _records = records;
        _toWrite = toWrite;
    }

    /// <summary>True when <see cref="Commit"/> has something to write (new editions or accepted corrections).</summary>
    public bool HasChanges => _toWrite is not null;

    /// <summary>The project-relative paths ('/' separators) of the ledger files <see cref="Commit"/> wrote; empty before it,
    /// or when nothing changed.</summary>
    public IReadOnlySet<string> Written { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every correction of the built editions, newest first, with the edition it belongs to.</summary>
    public IReadOnlyList<(Edition Edition, CorrectionNotice Notice)> Corrections { get; private init; } = [];

    /// <summary>What the page of <paramref name="edition"/> shows about its publication.</summary>
    /// <param name="edition">A built edition.</param>
    public EditionRecord For(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return _records.GetValueOrDefault(Key(edition.SeriesKey, edition.Period.ToString()), EditionRecord.Unpublished);
    }

    /// <summary>Reads the ledger and compares every non-draft edition with it.</summary>
    /// <param name="options">The build's options: <see cref="BuildOptions.Clock"/> (none: nothing is recorded and revisions
    /// are warnings), <see cref="BuildOptions.RecordPublication"/>, <see cref="BuildOptions.AcceptRevisions"/>, and the
    /// <c>--report</c> and <c>--as-of</c> filters (a filtered build compares only what it built and keeps every other record).</param>
    /// <param name="config">Site settings (<see cref="SiteConfig.MaxDataAge"/>).</param>
    /// <param name="data">The loaded data (data sets' retrieval dates, which file a row lives in).</param>
    /// <param name="editions">The rendered editions.</param>
    /// <param name="diagnostics">Ledger format errors (RG1080-RG1084), revisions (<see cref="DiagnosticCodes.RevisionRefused"/>,
    /// <see cref="DiagnosticCodes.RevisionAccepted"/>), stale data (<see cref="DiagnosticCodes.StaleData"/>) and editions
    /// that left the build (<see cref="DiagnosticCodes.PublishedEditionMissing"/>).</param>
    /// <returns>The publication, or null when the ledger cannot be read.</returns>
    public static Publication? Prepare(BuildOptions options, SiteConfig config, MarketData data, IReadOnlyList<RenderedEdition> editions, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (LedgerStore.Read(options.ProjectRoot, diagnostics) is not { } ledger)
        {
            return null;
        }

        DateTimeOffset? now = options.Clock is { } clock ? LedgerStore.Truncate(clock()) : null;
        var record = now is not null && options.RecordPublication;
        var current = new Lazy<IReadOnlyDictionary<string, string>>(() => DataHashes(options.ProjectRoot, data));
        var explainer = new RevisionExplainer(options.ProjectRoot, data, ledger.Inputs, current);
        var versions = ledger.Versions.ToList();
        var corrections = ledger.Corrections.ToList();
        var figures = ledger.Figures.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var bodies = ledger.Bodies.ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal);
        var changed = false;
        // The newest data: the last trading day of the house benchmark (the calendar that dates editions), or --as-of.
        var newestData = TradingCalendar.Of(data, config.Benchmark)?.LastDate is { } last && options.AsOf is { } cut && cut < last ? cut : TradingCalendar.Of(data, config.Benchmark)?.LastDate;

        // Rows that changed, as any revised edition's figures name them: an edition whose own figures name no row (a
        // basket's return) is explained by the rows other editions name.
        var named = editions.Where(e => !e.Edition.IsDraft).SelectMany(e => ledger.VersionsOf(e.Edition.SeriesKey, e.Edition.Period.ToString()) is { Count: > 0 } v
                ? Align(ledger.Figures[v[^1].FiguresFile], [.. e.Figures.Select(LedgerFigure.From)]).Where(p => p.Old is not null && p.New is not null && p.Old.Key != p.New.Key).SelectMany(p => explainer.ChangedRows(p.Old!, p.New!))
                : [])
            .DistinctBy(r => r.Text).ToList();
        // The earliest recorded period of each series this build makes, found once: an edition before it backfills history.
        var firstRecorded = new Lazy<Dictionary<string, Period>>(() => FirstRecorded(editions, ledger));
        foreach (var rendered in editions.Where(e => !e.Edition.IsDraft))
        {
            var edition = rendered.Edition;
            var (slug, period) = (edition.SeriesKey, edition.Period.ToString());
            var published = ledger.VersionsOf(slug, period);
            var nowFigures = rendered.Figures.Select(LedgerFigure.From).ToList();
            if (published.Count == 0)
            {
                if (now is not { } at)
                {
                    continue;
                }

                // A new edition of a series that already has a ledger must be made from fresh data; backfilling a series
                // (or a whole project) without a ledger is exempt, and so is backfilling a series' history: an edition whose
                // period is earlier than every recorded edition of its series reads only data up to its own as-of date.
                var age = newestData is { } newest ? TradingDaysBetween(newest, DateOnly.FromDateTime(at.UtcDateTime)) : 0;
                if (ledger.HasSeries(slug) && age > config.MaxDataAge && !(firstRecorded.Value.TryGetValue(slug, out var first) && edition.Period < first))
                {
                    var message = string.Create(CultureInfo.InvariantCulture, $"{slug} {period} is not published: the newest data ({newestData:yyyy-MM-dd}) is {age} trading days old at {at:yyyy-MM-dd}, more than publishing.max_data_age ({config.MaxDataAge}) in {ProjectLayout.ConfigFile}; update the data, or raise the limit");
                    Report(diagnostics, record, DiagnosticCodes.StaleData, message, SourceLocation.File(edition.Report.Path));
                    continue;
                }

                if (record)
                {
                    versions.Add(NewVersion(rendered, 1, at, nowFigures, figures, bodies));
                    changed = true;
                }

                continue;
            }

            var latest = published[^1];
            var old = ledger.Figures[latest.FiguresFile];
            if (old.Select(f => f.Key).SequenceEqual(nowFigures.Select(f => f.Key), StringComparer.Ordinal))
            {
                continue;
            }

            var items = Compare(latest, old, rendered, nowFigures, explainer, named);
            if (options.AcceptRevisions && record && now is { } when)
            {
                var next = latest.Version + 1;
                versions.Add(NewVersion(rendered, next, when, nowFigures, figures, bodies));
                corrections.AddRange(items.Select(i => new LedgerCorrection(slug, period, next, when, i.Figure, i.Old, i.New, options.RevisionNote is { } note ? $"{note}; {i.Why}" : i.Why)));
                changed = true;
                diagnostics.Warning(DiagnosticCodes.RevisionAccepted, string.Create(CultureInfo.InvariantCulture, $"{slug} {period}: published version {next} with a correction of {items.Count} item(s); version {latest.Version} stays at {edition.UrlPath}v{latest.Version}/"), SourceLocation.File(edition.Report.Path));
                continue;
            }

            foreach (var item in items)
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"{slug} {period} (published {latest.PublishedAt:yyyy-MM-dd}, version {latest.Version}) would change: {item.Figure}: {item.Old} → {item.New}; {item.Why}. Published editions are not rewritten: build with --accept-revisions to publish a dated correction");
                Report(diagnostics, record, DiagnosticCodes.RevisionRefused, message, item.File is { } file ? new SourceLocation(file, item.Line, 1) : SourceLocation.File(edition.Report.Path));
            }
        }

        if (options.Report is null && options.AsOf is null)
        {
            var built = editions.Select(e => Key(e.Edition.SeriesKey, e.Edition.Period.ToString())).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in ledger.Versions.Where(v => v.Version == 1 && !built.Contains(Key(v.Report, v.Period))))
            {
                diagnostics.Warning(DiagnosticCodes.PublishedEditionMissing, $"{missing.Report} {missing.Period} was published on {missing.PublishedAt:yyyy-MM-dd} but this build does not make it (its report or data went away); its record is kept in {ProjectLayout.PublishedFolder}/", new SourceLocation($"{ProjectLayout.PublishedFolder}/ledger.csv", 0, 0));
            }
        }

        var result = new Ledger(
            [.. versions.OrderBy(v => v.Report, StringComparer.Ordinal).ThenBy(v => v.Period, StringComparer.Ordinal).ThenBy(v => v.Version)],
            [.. corrections.OrderBy(c => c.Report, StringComparer.Ordinal).ThenBy(c => c.Period, StringComparer.Ordinal).ThenBy(c => c.Version)],
            figures,
            bodies,
            changed ? current.Value : ledger.Inputs);
        var records = new Dictionary<string, EditionRecord>(StringComparer.Ordinal);
        var notices = new List<(Edition, CorrectionNotice)>();
        foreach (var rendered in editions.Where(e => !e.Edition.IsDraft))
        {
            var edition = rendered.Edition;
            var own = result.VersionsOf(edition.SeriesKey, edition.Period.ToString());
            var retrieved = rendered.SourceIds.Where(data.Sources.ContainsKey).Select(id => (DateOnly?)data.Sources[id].Retrieved).Max();
            if (own.Count == 0)
            {
                records[Key(edition.SeriesKey, edition.Period.ToString())] = EditionRecord.Unpublished with { Retrieved = retrieved };
                continue;
            }

            var fixes = own.Skip(1).Select(v => new CorrectionNotice(v.Version, v.PublishedAt, [.. result.Corrections.Where(c => c.Report == v.Report && c.Period == v.Period && c.Version == v.Version)])).ToList();
            var superseded = own.Take(own.Count - 1).Select((v, i) => new SupersededVersion(v.Version, v.PublishedAt, own[i + 1].PublishedAt, v.Title, v.Summary, result.Bodies[v.PageFile], result.Figures[v.FiguresFile], Ledger.FiguresText(result.Figures[v.FiguresFile]))).ToList();
            records[Key(edition.SeriesKey, edition.Period.ToString())] = new EditionRecord(own[0].PublishedAt, fixes.Count > 0 ? fixes[^1].At : null, retrieved, fixes, superseded);
            notices.AddRange(fixes.Select(f => (edition, f)));
        }

        return new Publication(records, changed ? result : null)
        {
            Corrections = [.. notices.OrderByDescending(n => n.Item2.At).ThenBy(n => n.Item1.SeriesKey, StringComparer.Ordinal).ThenBy(n => n.Item1.Period.ToString(), StringComparer.Ordinal)],
        };
    }

    /// <summary>Writes the ledger when this build recorded something; call only after the site was published.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="diagnostics">Where a failed write goes (<see cref="DiagnosticCodes.LedgerWriteFailed"/>, a warning).</param>
    /// <returns>False when the write failed (the caller must not record the build as up to date).</returns>
    public bool Commit(string projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_toWrite is null)
        {
            return true;
        }

        try
        {
            Written = LedgerStore.Write(projectRoot, _toWrite).Select(f => SourceFiles.Relative(projectRoot, f)).ToHashSet(StringComparer.Ordinal);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.LedgerWriteFailed, $"the site was published but {ProjectLayout.PublishedFolder}/ could not be written ({e.Message}); the next build records the editions again", SourceLocation.File(ProjectLayout.PublishedFolder + "/ledger.csv"));
            return false;
        }
    }

    /// <summary>Weekdays after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/>
    /// is not later): the trading days that passed, holidays not known beyond the data.</summary>
    /// <param name="from">The newest data date.</param>
    /// <param name="to">The publication date.</param>
    public static int TradingDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            days += d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return days;
    }

    private static string Key(string report, string period) => report + "/" + period;

    private static void Report(DiagnosticBag diagnostics, bool asError, string code, string message, SourceLocation location)
    {
        if (asError)
        {
            diagnostics.Error(code, message, location);
        }
        else
        {
            diagnostics.Warning(code, message, location);
        }
    }

    private static LedgerVersion NewVersion(RenderedEdition rendered, int number, DateTimeOffset at, List<LedgerFigure> figures, Dictionary<string, IReadOnlyList<LedgerFigure>> allFigures, Dictionary<string, string> bodies)
    {
        var e = rendered.Edition;
        var text = Ledger.FiguresText(figures);
        var version = new LedgerVersion(e.SeriesKey, e.Period.ToString(), number, e.AsOf, at, figures.Count, Ledger.Sha256(text), Ledger.PageHash(rendered.Title, rendered.Summary, rendered.BodyHtml), rendered.Title, rendered.Summary);
        allFigures[version.FiguresFile] = figures;
        bodies[version.PageFile] = rendered.BodyHtml;
        return version;
    }

    /// <summary>
    /// Pairs a published version's figures with this build's, in page order, by what each figure is (metric, subject and
    /// unit): the longest common subsequence of those identities, so a figure added or removed in the middle of a page is
    /// an addition or removal (paired with null) and shifts nothing after it. Pairing by position made every later figure
    /// look changed and blamed it on unrelated data rows.
    /// </summary>
    /// <param name="old">The published figures, in page order.</param>
    /// <param name="now">This build's figures, in page order.</param>
    /// <returns>Every figure of both lists once, in page order: matched pairs, and unmatched ones beside null.</returns>
    internal static List<(LedgerFigure? Old, LedgerFigure? New)> Align(IReadOnlyList<LedgerFigure> old, IReadOnlyList<LedgerFigure> now)
    {
        static string Identity(LedgerFigure f) => string.Join('\u001f', f.Metric, f.Subject, f.Unit);
        var (n, m) = (old.Count, now.Count);
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = Identity(old[i]) == Identity(now[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var pairs = new List<(LedgerFigure?, LedgerFigure?)>(Math.Max(n, m));
        var (a, b) = (0, 0);
        while (a < n || b < m)
        {
            if (a < n && b < m && Identity(old[a]) == Identity(now[b]) && lcs[a, b] == lcs[a + 1, b + 1] + 1)
            {
                pairs.Add((old[a++], now[b++]));
            }
            else if (b < m && (a == n || lcs[a, b + 1] >= lcs[a + 1, b]))
            {
                pairs.Add((null, now[b++]));
            }
            else
            {
                pairs.Add((old[a++], null));
            }
        }

        return pairs;
    }

    // What changed between the published version and this build, figure by figure (aligned by Align), then the headline and
    // dek when their wording changed with the figures; each with the input that changed.
    private static List<(string Figure, string Old, string New, string Why, string? File, int Line)> Compare(LedgerVersion latest, IReadOnlyList<LedgerFigure> old, RenderedEdition rendered, List<LedgerFigure> now, RevisionExplainer explainer, IReadOnlyList<(string Text, string? File, int Line, string Date)> named)
    {
        var items = new List<(string, string, string, string, string?, int)>();
        var pairs = Align(old, now).Where(p => p.Old?.Key != p.New?.Key).ToList();
        var rows = pairs.Where(p => p.Old is not null && p.New is not null).SelectMany(p => explainer.ChangedRows(p.Old!, p.New!)).DistinctBy(r => r.Text).ToList();
        if (rows.Count == 0)
        {
            var asOf = rendered.Edition.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows = [.. named.Where(r => string.CompareOrdinal(r.Date, asOf) <= 0)]; // a row after the as-of date was not read
        }

        var files = new Lazy<IReadOnlyList<string>>(explainer.ChangedFiles);
        foreach (var (o, n) in pairs)
        {
            var label = (n ?? o)!.Label;
            var own = o is not null && n is not null ? explainer.ChangedRows(o, n) : [];
            var read = o is not null && n is not null ? explainer.ChangedFiles(n.Sources) : [];
            var why = o is null ? "a figure the report template now prints (added)"
                : n is null ? "a figure the report template no longer prints (removed)"
                : own.Count > 0 ? string.Join("; ", own.Select(r => r.Text))
                : read.Count > 0 ? "data files it reads changed since the ledger was written: " + string.Join(", ", read.Take(5)) + (read.Count > 5 ? " …" : string.Empty)
                : rows.Count == 0 && files.Value.Count == 0 && o.Inputs != n.Inputs ? $"its inputs changed from '{o.Inputs}' to '{n.Inputs}'"
                : "no data file it reads changed: the report template or ReportGen changed what is computed or printed";
            var first = own.Count > 0 ? own[0] : rows.Count > 0 ? rows[0] : default;
            items.Add((label, o?.Text ?? LedgerCorrection.None, n?.Text ?? LedgerCorrection.None, why, first.File, first.Line));
        }

        if (latest.Title != rendered.Title)
        {
            items.Add(("headline", latest.Title, rendered.Title, "its wording follows the figures above", rows.FirstOrDefault().File, rows.FirstOrDefault().Line));
        }

        if (latest.Summary != rendered.Summary)
        {
            items.Add(("dek", latest.Summary, rendered.Summary, "its wording follows the figures above", rows.FirstOrDefault().File, rows.FirstOrDefault().Line));
        }

        return items;
    }

    // SHA-256 of every loaded data file, by project-relative path.
    private static Dictionary<string, string> DataHashes(string projectRoot, MarketData data) =>
        data.FileSources.Keys.Order(StringComparer.Ordinal).ToDictionary(p => p, p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(projectRoot, p)))), StringComparer.Ordinal);

    // The earliest period of each series, among the editions this build makes that the ledger records: an edition earlier
    // than it is a backfill of the series' history, not a new note on stale data (docs/ledger.md).
    private static Dictionary<string, Period> FirstRecorded(IReadOnlyList<RenderedEdition> editions, Ledger ledger) =>
        editions.Select(e => e.Edition).Where(e => ledger.VersionsOf(e.SeriesKey, e.Period.ToString()).Count > 0)
            .GroupBy(e => e.SeriesKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(e => e.Period), StringComparer.Ordinal);
}
