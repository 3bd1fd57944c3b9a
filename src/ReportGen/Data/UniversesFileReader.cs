using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Reads <c>data/universes.csv</c>: <c>universe,ticker[,weight][,start][,end][,defined]</c>, one row per membership;
/// weight an optional positive fraction; start and end the first and last day of membership (yyyy-MM-dd, inclusive, empty =
/// unlimited); defined the day the membership was decided (empty = not stated). docs/universes.md describes the file.</summary>
internal static class UniversesFileReader
{
    /// <summary>Parses the file into <paramref name="universes"/>; every member row goes to <paramref name="memberRows"/> so that
    /// its ticker can be checked against the price data later.</summary>
    public static void Read(CsvFile file, Dictionary<string, Universe> universes, List<(CsvFile File, CsvRow Row, int Field, string Ticker)> memberRows, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["universe", "ticker"], ["weight", "start", "end", "defined"], diagnostics);
        if (columns is null)
        {
            return;
        }

        var members = new Dictionary<string, (List<string> Tickers, Dictionary<string, double> Weights, List<(UniverseMembership Row, CsvRow Line)> Rows)>(StringComparer.Ordinal);
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics))
            {
                continue;
            }

            var name = columns.Get(row, "universe");
            var ticker = columns.Get(row, "ticker");
            if (name.Length == 0 || ticker.Length == 0)
            {
                var field = name.Length == 0 ? "universe" : "ticker";
                FieldReader.Empty(file, row, columns[field], field, name.Length == 0 ? "a universe name such as ai-leaders" : "a ticker such as NVDA", diagnostics);
                continue;
            }

            if (!members.TryGetValue(name, out var entry))
            {
                entry = ([], new Dictionary<string, double>(StringComparer.Ordinal), []);
                members[name] = entry;
            }

            if (!TryOptionalDate(file, row, columns, "start", diagnostics, out var start)
                | !TryOptionalDate(file, row, columns, "end", diagnostics, out var end)
                | !TryOptionalDate(file, row, columns, "defined", diagnostics, out var defined))
            {
                continue;
            }

            if (start is { } s && end is { } e && s > e)
            {
                diagnostics.Error(DiagnosticCodes.UniverseRangeReversed, string.Create(CultureInfo.InvariantCulture, $"membership of '{ticker}' in universe '{name}' starts on {s:yyyy-MM-dd}, after it ends on {e:yyyy-MM-dd}; expected start on or before end"), FieldReader.At(file, row, columns["start"]), row.RawLine);
                continue;
            }

            var membership = new UniverseMembership(ticker, start, end, defined);
            var clash = entry.Rows.FirstOrDefault(r => r.Row.Ticker == ticker && r.Row.Overlaps(membership));
            if (clash.Row is not null)
            {
                if (start is null && end is null && clash.Row.Start is null && clash.Row.End is null)
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateKey, string.Create(CultureInfo.InvariantCulture, $"ticker '{ticker}' in {FieldReader.Column("ticker", columns["ticker"])} appears twice in universe '{name}'; expected each member once"), FieldReader.At(file, row, columns["ticker"]), row.RawLine);
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.UniverseRangesOverlap, string.Create(CultureInfo.InvariantCulture, $"membership of '{ticker}' in universe '{name}' ({Range(membership)}) overlaps its membership on line {clash.Line.Line} ({Range(clash.Row)}); expected date ranges that share no day, such as an end of 2024-06-30 and a start of 2024-07-01"), FieldReader.At(file, row, columns.Has("start") ? columns["start"] : columns["ticker"]), row.RawLine);
                }

                continue;
            }

            if (!entry.Tickers.Contains(ticker))
            {
                entry.Tickers.Add(ticker);
            }

            entry.Rows.Add((membership, row));
            memberRows.Add((file, row, columns["ticker"], ticker));
            var weightText = columns.Get(row, "weight");
            if (weightText.Length > 0)
            {
                if (double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight > 0 && double.IsFinite(weight))
                {
                    entry.Weights[ticker] = weight;
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.BadNumber, $"'{weightText}' in {FieldReader.Column("weight", columns["weight"])} is not a weight; expected a positive fraction such as 0.25, or nothing", FieldReader.At(file, row, columns["weight"]), row.RawLine);
                }
            }
        }

        foreach (var (name, (tickers, weights, rows)) in members)
        {
            universes[name] = new Universe(name, tickers, weights) { Memberships = [.. rows.Select(r => r.Row)] };
        }
    }

    private static string Range(UniverseMembership m) =>
        string.Create(CultureInfo.InvariantCulture, $"{(m.Start is { } s ? s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open start")} to {(m.End is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open end")}");

    // An optional date column: absent or empty gives null; a field that is not a date reports BadDate and returns false.
    private static bool TryOptionalDate(CsvFile file, CsvRow row, CsvColumns columns, string column, DiagnosticBag diagnostics, out DateOnly? date)
    {
        date = null;
        if (!columns.Has(column) || columns.Get(row, column).Length == 0)
        {
            return true;
        }

        if (!FieldReader.TryDate(file, row, columns[column], column, diagnostics, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
