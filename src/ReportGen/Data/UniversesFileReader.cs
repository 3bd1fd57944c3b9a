using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Reads <c>data/universes.csv</c>: <c>universe,ticker[,weight]</c>, one row per member; weight an optional positive
/// fraction.</summary>
internal static class UniversesFileReader
{
    /// <summary>Parses the file into <paramref name="universes"/>; every member row goes to <paramref name="memberRows"/> so that
    /// its ticker can be checked against the price data later.</summary>
    public static void Read(CsvFile file, Dictionary<string, Universe> universes, List<(CsvFile File, CsvRow Row, int Field, string Ticker)> memberRows, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["universe", "ticker"], ["weight"], diagnostics);
        if (columns is null)
        {
            return;
        }

        var members = new Dictionary<string, (List<string> Tickers, Dictionary<string, double> Weights)>(StringComparer.Ordinal);
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
                entry = ([], new Dictionary<string, double>(StringComparer.Ordinal));
                members[name] = entry;
            }

            if (entry.Tickers.Contains(ticker))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, string.Create(CultureInfo.InvariantCulture, $"ticker '{ticker}' in {FieldReader.Column("ticker", columns["ticker"])} appears twice in universe '{name}'; expected each member once"), FieldReader.At(file, row, columns["ticker"]), row.RawLine);
                continue;
            }

            entry.Tickers.Add(ticker);
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

        foreach (var (name, (tickers, weights)) in members)
        {
            universes[name] = new Universe(name, tickers, weights);
        }
    }
}
