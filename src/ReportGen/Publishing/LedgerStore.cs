using System.Globalization;
using System.Text;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Project;

namespace ReportGen.Publishing;

/// <summary>
/// Reads and writes the ledger under <c>published/</c> (docs/ledger.md): <c>ledger.csv</c> (one row per published
/// version), <c>corrections.csv</c>, <c>inputs.csv</c> (data file hashes) and, per version, <c>&lt;report&gt;/&lt;period&gt;/v&lt;N&gt;.csv</c>
/// (figures) and <c>v&lt;N&gt;.html</c> (body). CSV is RFC 4180, UTF-8 without BOM, LF line ends.
/// </summary>
public static class LedgerStore
{
    /// <summary>Header of <c>ledger.csv</c>.</summary>
    public const string LedgerHeader = "report,period,version,as_of,published_at,figures,figures_sha256,page_sha256,title,summary";

    /// <summary>Header of <c>corrections.csv</c>.</summary>
    public const string CorrectionsHeader = "report,period,version,corrected_at,figure,old,new,why";

    /// <summary>Header of <c>inputs.csv</c>.</summary>
    public const string InputsHeader = "path,sha256";

    /// <summary>Header of a version's figures file.</summary>
    public const string FiguresHeader = "id,text,value,unit,metric,subject,inputs,sources,as_of,sha256";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Reads the ledger of the project at <paramref name="projectRoot"/>.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="diagnostics">Where format errors go (RG1080-RG1084, at <c>published/…:line:col</c>).</param>
    /// <returns><see cref="Ledger.Empty"/> when there is no <c>published/ledger.csv</c>; null when it has errors.</returns>
    public static Ledger? Read(string projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var folder = new ProjectLayout(projectRoot).Published;
        var ledgerPath = Path.Combine(folder, "ledger.csv");
        if (!File.Exists(ledgerPath))
        {
            return Ledger.Empty;
        }

        var errors = diagnostics.ErrorCount;
        var versions = new List<LedgerVersion>();
        foreach (var (row, f) in Rows(folder, "ledger.csv", LedgerHeader, diagnostics))
        {
            if (Period(row, f, 1, diagnostics) is { } period && Version(row, f, 2, diagnostics) is { } version
                && Date(row, f, 3, diagnostics) is { } asOf && Time(row, f, 4, diagnostics) is { } at && Count(row, f, 5, diagnostics) is { } count)
            {
                versions.Add(new LedgerVersion(f[0], period, version, asOf, at, count, f[6], f[7], f[8], f[9]));
            }
        }

        var corrections = new List<LedgerCorrection>();
        if (File.Exists(Path.Combine(folder, "corrections.csv")))
        {
            foreach (var (row, f) in Rows(folder, "corrections.csv", CorrectionsHeader, diagnostics))
            {
                if (Period(row, f, 1, diagnostics) is { } period && Version(row, f, 2, diagnostics) is { } version && Time(row, f, 3, diagnostics) is { } at)
                {
                    corrections.Add(new LedgerCorrection(f[0], period, version, at, f[4], f[5], f[6], f[7]));
                }
            }
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(Path.Combine(folder, "inputs.csv")))
        {
            foreach (var (_, f) in Rows(folder, "inputs.csv", InputsHeader, diagnostics))
            {
                inputs[f[0]] = f[1];
            }
        }

        CheckOrder(versions, diagnostics);
        var figures = new Dictionary<string, IReadOnlyList<LedgerFigure>>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in versions)
        {
            var at = new SourceLocation($"{ProjectLayout.PublishedFolder}/ledger.csv", 0, 0);
            var figuresPath = Path.Combine(folder, v.FiguresFile);
            var pagePath = Path.Combine(folder, v.PageFile);
            if (!File.Exists(figuresPath) || !File.Exists(pagePath))
            {
                diagnostics.Error(DiagnosticCodes.LedgerMissingFile, $"{v.Report} {v.Period} version {v.Version} is recorded, but {ProjectLayout.PublishedFolder}/{(File.Exists(figuresPath) ? v.PageFile : v.FiguresFile)} is missing; restore it from version control", at);
                continue;
            }

            var figureText = File.ReadAllText(figuresPath);
            var body = File.ReadAllText(pagePath);
            if (Ledger.Sha256(figureText) != v.FiguresSha256 || Ledger.PageHash(v.Title, v.Summary, body) != v.PageSha256)
            {
                var which = Ledger.Sha256(figureText) != v.FiguresSha256 ? v.FiguresFile : v.PageFile;
                diagnostics.Error(DiagnosticCodes.LedgerHashMismatch, $"{ProjectLayout.PublishedFolder}/{which} does not match the hash recorded for {v.Report} {v.Period} version {v.Version}: a published record was edited; restore it from version control (a correction is published with --accept-revisions, never by editing the ledger)", at);
                continue;
            }

            var list = new List<LedgerFigure>();
            foreach (var (row, f) in Rows(folder, v.FiguresFile, FiguresHeader, diagnostics))
            {
                if (Count(row, f, 0, diagnostics) is { } id)
                {
                    list.Add(new LedgerFigure(id, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
                }
            }

            figures[v.FiguresFile] = list;
            bodies[v.PageFile] = body;
        }

        return diagnostics.ErrorCount > errors ? null : new Ledger(versions, corrections, figures, bodies, inputs);
    }

    /// <summary>
    /// Writes <paramref name="ledger"/> under the project's <c>published/</c>: every version's figures and page file that is
    /// missing, then <c>corrections.csv</c> and <c>inputs.csv</c>, then <c>ledger.csv</c> last. Each file is written to a
    /// temporary name and renamed over the old one, so a file is either old or new; files of versions <c>ledger.csv</c> does
    /// not list are ignored by <see cref="Read"/>, so an interrupted write leaves the previous ledger valid. Nothing is deleted.
    /// </summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="ledger">The complete ledger to record.</param>
    /// <returns>The full paths of the files written (those whose text changed), in order.</returns>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static IReadOnlyList<string> Write(string projectRoot, Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var folder = new ProjectLayout(projectRoot).Published;
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void WriteIfChanged(string path, string text)
        {
            if (LedgerStore.WriteIfChanged(path, text))
            {
                written.Add(path);
            }
        }

        foreach (var v in ledger.Versions)
        {
            WriteIfChanged(Path.Combine(folder, v.FiguresFile), Ledger.FiguresText(ledger.Figures[v.FiguresFile]));
            WriteIfChanged(Path.Combine(folder, v.PageFile), ledger.Bodies[v.PageFile]);
        }

        var corrections = new StringBuilder(CorrectionsHeader).Append('\n');
        foreach (var c in ledger.Corrections)
        {
            AppendRow(corrections, [c.Report, c.Period, Int(c.Version), c.CorrectedAt.ToString(TimeFormat, CultureInfo.InvariantCulture), c.Figure, c.Old, c.New, c.Why]);
        }

        var inputs = new StringBuilder(InputsHeader).Append('\n');
        foreach (var (path, sha) in ledger.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            AppendRow(inputs, [path, sha]);
        }

        var rows = new StringBuilder(LedgerHeader).Append('\n');
        foreach (var v in ledger.Versions)
        {
            AppendRow(rows, [v.Report, v.Period, Int(v.Version), v.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.PublishedAt.ToString(TimeFormat, CultureInfo.InvariantCulture), Int(v.FigureCount), v.FiguresSha256, v.PageSha256, v.Title, v.Summary]);
        }

        WriteIfChanged(Path.Combine(folder, "corrections.csv"), corrections.ToString());
        WriteIfChanged(Path.Combine(folder, "inputs.csv"), inputs.ToString());
        WriteIfChanged(Path.Combine(folder, "ledger.csv"), rows.ToString());
        return written;
    }

    /// <summary>Appends one RFC 4180 record and LF; fields holding a comma, quote or line break are quoted.</summary>
    /// <param name="sb">The text so far.</param>
    /// <param name="fields">The fields.</param>
    public static void AppendRow(StringBuilder sb, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(fields);
        sb.Append(string.Join(',', fields.Select(f => f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f))).Append('\n');
    }

    /// <summary>Rounds a publication time down to whole seconds in UTC, as the ledger records it.</summary>
    /// <param name="time">Any time.</param>
    public static DateTimeOffset Truncate(DateTimeOffset time) => new(time.UtcDateTime.Ticks - (time.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
        return true;
    }

    // The data rows of a ledger CSV file (header checked), each with its fields; a row with the wrong number of fields is
    // reported and skipped.
    private static IEnumerable<(LedgerRow Row, IReadOnlyList<string> Fields)> Rows(string folder, string relative, string header, DiagnosticBag diagnostics)
    {
        var display = $"{ProjectLayout.PublishedFolder}/{relative}";
        if (CsvFile.Read(Path.Combine(folder, relative), display, diagnostics) is not { } csv)
        {
            yield break;
        }

        var columns = header.Split(',').Length;
        if (csv.Rows.Count == 0 || string.Join(',', csv.Rows[0].Fields) != header)
        {
            diagnostics.Error(DiagnosticCodes.LedgerMalformed, $"expected the header '{header}'", new SourceLocation(display, 1, 1), csv.Rows.Count > 0 ? csv.Rows[0].RawLine : null);
            yield break;
        }

        foreach (var row in csv.Rows.Skip(1))
        {
            if (row.Fields.Count != columns)
            {
                diagnostics.Error(DiagnosticCodes.LedgerMalformed, string.Create(CultureInfo.InvariantCulture, $"{row.Fields.Count} fields, expected {columns} ({header})"), new SourceLocation(display, row.Line, 1), row.RawLine);
                continue;
            }

            yield return (new LedgerRow(row, display), row.Fields);
        }
    }

    private static string? Period(LedgerRow row, IReadOnlyList<string> f, int i, DiagnosticBag diagnostics) =>
        Metrics.Model.Period.TryParse(f[i], out var p) && p.ToString() == f[i] ? f[i] : Bad(row, i, $"'{f[i]}' is not a period code such as 2026-Q2, 2026-03, 2026-W14 or 2026", diagnostics);

    private static int? Version(LedgerRow row, IReadOnlyList<string> f, int i, DiagnosticBag diagnostics) =>
        int.TryParse(f[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : BadValue<int>(row, i, $"'{f[i]}' is not a version (1, 2, 3 …)", diagnostics);

    private static int? Count(LedgerRow row, IReadOnlyList<string> f, int i, DiagnosticBag diagnostics) =>
        int.TryParse(f[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : BadValue<int>(row, i, $"'{f[i]}' is not a whole number", diagnostics);

    private static DateOnly? Date(LedgerRow row, IReadOnlyList<string> f, int i, DiagnosticBag diagnostics) =>
        DateOnly.TryParseExact(f[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : BadValue<DateOnly>(row, i, $"'{f[i]}' is not a date (yyyy-MM-dd)", diagnostics);

    private static DateTimeOffset? Time(LedgerRow row, IReadOnlyList<string> f, int i, DiagnosticBag diagnostics) =>
        DateTimeOffset.TryParseExact(f[i], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : BadValue<DateTimeOffset>(row, i, $"'{f[i]}' is not a UTC time such as 2026-12-02T09:30:00Z", diagnostics);

    private static string? Bad(LedgerRow row, int i, string message, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.LedgerBadValue, message, new SourceLocation(row.Path, row.Csv.Line, row.Csv.ColumnOf(i)), row.Csv.RawLine);
        return null;
    }

    private static T? BadValue<T>(LedgerRow row, int i, string message, DiagnosticBag diagnostics)
        where T : struct
    {
        Bad(row, i, message, diagnostics);
        return null;
    }

    private static void CheckOrder(List<LedgerVersion> versions, DiagnosticBag diagnostics)
    {
        foreach (var edition in versions.GroupBy(v => (v.Report, v.Period)))
        {
            var numbers = edition.Select(v => v.Version).ToList();
            if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)))
            {
                diagnostics.Error(DiagnosticCodes.LedgerVersionOrder, $"{edition.Key.Report} {edition.Key.Period} has versions {string.Join(", ", numbers)}; expected 1, 2, 3 … in order, each once", new SourceLocation($"{ProjectLayout.PublishedFolder}/ledger.csv", 0, 0));
            }
        }
    }

    // A data row of a ledger file and the file's display path, for diagnostics.
    private sealed record LedgerRow(CsvRow Csv, string Path);
}
