using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Reads <c>data/dividends/&lt;TICKER&gt;.csv</c>: header <c>Date,Dividend</c>, one row per ex-date (ascending), cash per
/// share in USD. A header-only file is valid and means no dividends.</summary>
internal static class DividendFileReader
{
    /// <summary>Parses and checks the file.</summary>
    /// <returns>The dividends, or null when the file had any error.</returns>
    public static List<Dividend>? Read(CsvFile file, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["Date", "Dividend"], [], diagnostics);
        if (columns is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var result = new List<Dividend>();
        var lastLine = 0;
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics)
                || !FieldReader.TryDate(file, row, columns["Date"], "Date", diagnostics, out var date)
                || !FieldReader.TryDecimal(file, row, columns["Dividend"], "Dividend", required: true, "a cash amount per share in USD such as 0.26", diagnostics, out var amount))
            {
                continue;
            }

            if (result.Count > 0 && date <= result[^1].ExDate)
            {
                var dateField = columns["Date"];
                var duplicate = date == result[^1].ExDate;
                var what = duplicate
                    ? string.Create(CultureInfo.InvariantCulture, $"appears twice (first on line {lastLine})")
                    : string.Create(CultureInfo.InvariantCulture, $"comes after {result[^1].ExDate:yyyy-MM-dd}");
                diagnostics.Error(duplicate ? DiagnosticCodes.DuplicateDate : DiagnosticCodes.UnsortedDate, $"date '{FieldReader.Text(row, dateField)}' in {FieldReader.Column("Date", dateField)} {what}; expected ex-dates in ascending order, one row each", FieldReader.At(file, row, dateField), row.RawLine);
                continue;
            }

            if (!FieldReader.RequirePositive(file, row, columns["Dividend"], "Dividend", (double)amount!.Value, "a cash amount per share above 0", diagnostics))
            {
                continue;
            }

            result.Add(new Dividend(date, amount.Value));
            lastLine = row.Line;
        }

        return diagnostics.ErrorCount > errorsBefore ? null : result;
    }
}
