using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Reads the security master <c>data/securities.csv</c>: <c>ticker,name,kind,sector,industry</c> and an optional
/// <c>short_name</c>, one row per ticker, kind one of stock, etf, index.</summary>
internal static class SecuritiesFileReader
{
    /// <summary>Parses the file into <paramref name="securities"/>, reporting every bad row.</summary>
    public static void Read(CsvFile file, Dictionary<string, Security> securities, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["ticker", "name", "kind", "sector", "industry"], ["short_name"], diagnostics);
        if (columns is null)
        {
            return;
        }

        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics))
            {
                continue;
            }

            var ticker = columns.Get(row, "ticker");
            var name = columns.Get(row, "name");
            var kindText = columns.Get(row, "kind");
            if (ticker.Length == 0 || name.Length == 0)
            {
                var field = ticker.Length == 0 ? "ticker" : "name";
                FieldReader.Empty(file, row, columns[field], field, ticker.Length == 0 ? "a ticker such as NVDA" : "a display name such as Nvidia", diagnostics);
                continue;
            }

            if (!Enum.TryParse<SecurityKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Error(DiagnosticCodes.BadValue, $"'{kindText}' in {FieldReader.Column("kind", columns["kind"])} is not a security kind; expected stock, etf or index", FieldReader.At(file, row, columns["kind"]), row.RawLine);
                continue;
            }

            if (!securities.TryAdd(ticker, new Security(ticker, name, kind, columns.Get(row, "sector"), columns.Get(row, "industry"), columns.Has("short_name") ? columns.Get(row, "short_name") : string.Empty)))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, $"ticker '{ticker}' in {FieldReader.Column("ticker", columns["ticker"])} appears twice; expected one row per security", FieldReader.At(file, row, columns["ticker"]), row.RawLine);
            }
        }
    }
}
