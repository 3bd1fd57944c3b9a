using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Data;

namespace ReportGen.Publishing;

/// <summary>
/// Says which input changed a published figure: the data rows its inputs name (a figure's inputs spell out the dated
/// values it read, e.g. "Adj Close 2026-03-31 203.43 → 2026-06-30 580.91"), located in the data file of the figure's data
/// set and subject, else the data files whose bytes differ from the hashes the ledger recorded.
/// </summary>
public sealed partial class RevisionExplainer
{
    private readonly string _projectRoot;
    private readonly MarketData _data;
    private readonly IReadOnlyDictionary<string, string> _recorded;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _current;

    /// <summary>Creates an explainer.</summary>
    /// <param name="projectRoot">The project folder (data files are read from it to find a row's line).</param>
    /// <param name="data">The loaded data (which file belongs to which data set).</param>
    /// <param name="recorded">Data file hashes the ledger recorded (<see cref="Ledger.Inputs"/>).</param>
    /// <param name="current">Data file hashes now, computed on first use.</param>
    public RevisionExplainer(string projectRoot, MarketData data, IReadOnlyDictionary<string, string> recorded, Lazy<IReadOnlyDictionary<string, string>> current)
    {
        _projectRoot = projectRoot;
        _data = data;
        _recorded = recorded;
        _current = current;
    }

    /// <summary>The rows behind a changed figure, e.g. "data/prices/adjusted/AMD.csv:6123 (2026-06-30): 580.91 → 600.00",
    /// with the file, line (0 when not found) and date (yyyy-MM-dd); empty when its inputs name no dated value that changed,
    /// or only values in files whose bytes are those the ledger recorded (then the data did not change: the template or
    /// ReportGen reads another row or computes differently).</summary>
    /// <param name="old">The figure as published.</param>
    /// <param name="now">The figure as the build computes it.</param>
    public IReadOnlyList<(string Text, string? File, int Line, string Date)> ChangedRows(LedgerFigure old, LedgerFigure now)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(now);
        var before = Dated(old.Inputs);
        var after = Dated(now.Inputs);
        var rows = new List<(string, string?, int, string)>();
        foreach (var (date, value) in after)
        {
            if (!before.TryGetValue(date, out var was) || was == value)
            {
                continue;
            }

            var (file, line) = Locate(now, date);
            if (file is not null && Unchanged(file))
            {
                continue; // the file holds what it held when the ledger was written: the figure reads another row or method now
            }

            var where = file is null ? $"{now.Subject} on {date}" : string.Create(CultureInfo.InvariantCulture, $"{file}:{line} ({date})");
            rows.Add(($"{where}: {was} → {value}", file, line, date));
        }

        return rows;
    }

    // A data file whose bytes are those the ledger recorded (false when the ledger recorded no hash for it).
    private bool Unchanged(string file) =>
        _recorded.TryGetValue(file, out var was) && _current.Value.TryGetValue(file, out var now) && was == now;

    /// <summary>The changed data files (<see cref="ChangedFiles()"/>) of the data sets a figure cites (its
    /// <c>sources</c>, ';'-separated data-set names).</summary>
    /// <param name="sources">The figure's data sets.</param>
    public IReadOnlyList<string> ChangedFiles(string sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var sets = sources.Split(';', StringSplitOptions.RemoveEmptyEntries);
        return [.. ChangedFiles().Where(f => _data.FileSources.TryGetValue(f, out var set) && sets.Contains(set, StringComparer.Ordinal))];
    }

    /// <summary>Data files whose bytes differ from the ledger's record (changed, added or removed), ordinal; empty when the
    /// ledger recorded no hashes.</summary>
    public IReadOnlyList<string> ChangedFiles()
    {
        if (_recorded.Count == 0)
        {
            return [];
        }

        var now = _current.Value;
        return [.. now.Where(f => !_recorded.TryGetValue(f.Key, out var h) || h != f.Value).Select(f => f.Key)
            .Concat(_recorded.Keys.Where(k => !now.ContainsKey(k)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // "yyyy-MM-dd number" pairs in a figure's inputs text, by date (the last value wins).
    private static Dictionary<string, string> Dated(string inputs)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in DatedValue().Matches(inputs))
        {
            pairs[m.Groups[1].Value] = m.Groups[2].Value;
        }

        return pairs;
    }

    // The data file of the figure's data sets named after its subject, and the line of its row dated `date`.
    private (string? File, int Line) Locate(LedgerFigure figure, string date)
    {
        var sets = figure.Sources.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var file = _data.FileSources
            .Where(f => sets.Contains(f.Value, StringComparer.Ordinal) && string.Equals(Path.GetFileNameWithoutExtension(f.Key), figure.Subject, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Key).Order(StringComparer.Ordinal).FirstOrDefault();
        if (file is null)
        {
            return (null, 0);
        }

        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(_projectRoot, file)))
        {
            line++;
            if (text.StartsWith(date + ",", StringComparison.Ordinal))
            {
                return (file, line);
            }
        }

        return (file, 0);
    }

    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2}) (-?[0-9][0-9,]*(?:\.[0-9]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex DatedValue();
}
