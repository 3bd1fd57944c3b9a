using System.Text;
using DuckDB.NET.Data;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Incremental;

namespace ReportGen.Tests.Data;

/// <summary>Daily prices from a Parquet file (data/prices/*.parquet, read through DuckDB): the same series as CSV files
/// give, and every columnar mistake reported at its row and column (RG2110-RG2117).</summary>
public sealed class ParquetPricesTests
{
    private const string Sources = """
        datasets:
          - id: test
            title: Test data
            files: [securities.csv, prices/*.csv, prices/*.parquet]
            supplier: Test supplier
            citation: Test
            origin: this repository
            licence: none
            retrieved: 2026-11-23
            as_of: 2026-01-09

        """;

    private const string Good = """
        ('NVDA', DATE '2026-01-05', 188.12, 190.0, 186.0, 189.0, 100),
        ('NVDA', DATE '2026-01-06', 187.24, 189.5, 185.5, 187.0, 200),
        ('SPY', DATE '2026-01-05', 687.72, 690.0, 680.0, 688.0, 300),
        ('SPY', DATE '2026-01-06', 691.81, 695.0, 686.0, 692.0, 400)
        """;

    private const string Columns = "ticker, date, adj_close, high, low, close, volume";

    [Fact]
    public void Run_ParquetFile_GivesTheSameSeriesAsCsvFiles()
    {
        using var parquet = Project(Parquet(Good, Columns));
        using var csv = DataFixture.Create($$"""
            -- data/sources.yml --
            {{Sources}}
            -- data/prices/NVDA.csv --
            Date,Adj Close,High,Low,Close,Volume
            2026-01-05,188.12,190.0,186.0,189.0,100
            2026-01-06,187.24,189.5,185.5,187.0,200
            -- data/prices/SPY.csv --
            Date,Adj Close,High,Low,Close,Volume
            2026-01-05,687.72,690.0,680.0,688.0,300
            2026-01-06,691.81,695.0,686.0,692.0,400
            """);

        var (fromParquet, parquetDiagnostics) = parquet.Load();
        var (fromCsv, csvDiagnostics) = csv.Load();

        Assert.Empty(parquetDiagnostics.Sorted());
        Assert.Empty(csvDiagnostics.Sorted());
        foreach (var ticker in new[] { "NVDA", "SPY" })
        {
            var (a, b) = (fromParquet.Prices[ticker], fromCsv.Prices[ticker]);
            Assert.Equal(b.AdjustedClose!.Values.ToArray(), a.AdjustedClose!.Values.ToArray());
            Assert.Equal(b.AdjustedClose.Dates.ToArray(), a.AdjustedClose.Dates.ToArray());
            Assert.Equal(b.Close!.Values.ToArray(), a.Close!.Values.ToArray());
            Assert.Equal(b.Bars!.High, a.Bars!.High);
            Assert.Equal(b.Bars.Volume, a.Bars.Volume);
            Assert.Equal("test", a.AdjustedCloseSource);
        }

        Assert.Equal("test", fromParquet.FileSources["data/prices/prices.parquet"]);
    }

    [Fact]
    public void Run_TickersInterleaved_ReadsEachTickerInFileOrder()
    {
        using var sut = Project(Parquet("""
            ('SPY', DATE '2026-01-05', 687.72), ('NVDA', DATE '2026-01-05', 188.12),
            ('SPY', DATE '2026-01-06', 691.81), ('NVDA', DATE '2026-01-06', 187.24)
            """, "ticker, date, adj_close"));

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal([188.12, 187.24], data.Prices["NVDA"].AdjustedClose!.Values.ToArray());
        Assert.Equal([687.72, 691.81], data.Prices["SPY"].AdjustedClose!.Values.ToArray());
    }

    [Fact]
    public void Run_NotParquet_ReportsRG2110()
    {
        using var sut = Project(Encoding.UTF8.GetBytes("this is not a parquet file"));

        var found = Assert.Single(sut.Load().Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.UnreadableParquet);

        Assert.StartsWith("data/prices/prices.parquet: error RG2110: cannot read the Parquet file", found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingPriceColumnAndUnknownColumn_ReportRG2111()
    {
        using var sut = Project(Parquet("('NVDA', DATE '2026-01-05', 3)", "ticker, date, shares"));

        var found = sut.Load().Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.BadParquetSchema).Select(d => d.ToString()).ToList();

        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.StartsWith("data/prices/prices.parquet:1:3: error RG2111: column 'shares' (column 3) is not a column of the price layout", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Contains("lacks column adj_close or close", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DateAsText_ReportsRG2112()
    {
        using var sut = Project(Parquet("('NVDA', '2026-01-05', 188.12)", "ticker, date, adj_close"));

        var found = Assert.Single(sut.Load().Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.BadParquetType);

        Assert.StartsWith("data/prices/prices.parquet:1:2: error RG2112: column 'date' (column 2) is of type VARCHAR; expected a DATE", found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NullPrice_ReportsRG2113AtItsRowAndColumn()
    {
        using var sut = Project(Parquet("('NVDA', DATE '2026-01-05', 188.12), ('NVDA', DATE '2026-01-06', NULL)", "ticker, date, adj_close"));

        var found = Assert.Single(sut.Load().Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.NullParquetValue);

        Assert.Equal("data/prices/prices.parquet:2:3: error RG2113: column 'adj_close' (column 3) is null in row 2; expected a value in every row", found.ToString());
    }

    [Fact]
    public void Run_DatesOutOfOrderWithinATicker_ReportsRG2114()
    {
        using var sut = Project(Parquet("""
            ('NVDA', DATE '2026-01-06', 188.12), ('SPY', DATE '2026-01-05', 687.72), ('NVDA', DATE '2026-01-05', 187.24)
            """, "ticker, date, adj_close"));

        var (data, diagnostics) = sut.Load();

        var found = Assert.Single(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.UnsortedParquetDate);
        Assert.Equal("data/prices/prices.parquet:3:2: error RG2114: date 2026-01-05 of 'NVDA' in row 3 comes after 2026-01-06 in row 1; expected each ticker's dates ascending in file order, one row per trading day", found.ToString());
        Assert.False(data.Prices.ContainsKey("NVDA"));
    }

    [Fact]
    public void Run_NegativePrice_ReportsRG2115()
    {
        using var sut = Project(Parquet("('NVDA', DATE '2026-01-05', 188.12), ('NVDA', DATE '2026-01-06', -1.5)", "ticker, date, adj_close"));

        var found = Assert.Single(sut.Load().Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.BadParquetValue);

        Assert.StartsWith("data/prices/prices.parquet:2:3: error RG2115: adj_close -1.5 of 'NVDA' on 2026-01-06 is not a plausible price", found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwoForOneSplitNotAdjusted_ReportsRG2116()
    {
        using var sut = Project(Parquet("('NVDA', DATE '2026-01-05', 200.0), ('NVDA', DATE '2026-01-06', 100.5)", "ticker, date, adj_close"));

        var found = Assert.Single(sut.Load().Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.ParquetSuspectedSplit);

        Assert.Contains("looks like a 2-for-1 split", found.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("data/prices/prices.parquet:2:3: error RG2116", found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HighBelowLow_ReportsRG2117()
    {
        using var sut = Project(Parquet("('NVDA', DATE '2026-01-05', 188.12, 180.0, 190.0)", "ticker, date, adj_close, high, low"));

        var found = Assert.Single(sut.Load().Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.ParquetHighBelowLow);

        Assert.StartsWith("data/prices/prices.parquet:1:4: error RG2117: high of 'NVDA' on 2026-01-05 is outside the day's range", found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ParquetNotCoveredBySources_ReportsMissingSource()
    {
        using var sut = DataFixture.FromBytes(new Dictionary<string, byte[]>
        {
            ["data/sources.yml"] = Encoding.UTF8.GetBytes(Sources.Replace(", prices/*.parquet", string.Empty, StringComparison.Ordinal)),
            ["data/securities.csv"] = Encoding.UTF8.GetBytes(DataFixture.DefaultSecurities),
            ["data/prices/prices.parquet"] = Parquet(Good, Columns),
        });

        var found = sut.Load().Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.MissingSource).Select(d => d.Location?.Path).ToList();

        Assert.Contains("data/prices/prices.parquet", found);
    }

    [Fact]
    public void DataFingerprint_ChangesWhenTheParquetFileChanges()
    {
        using var sut = Project(Parquet(Good, Columns));
        var day = new DateOnly(2026, 1, 6);
        var before = DataFingerprint.Compute(sut.Root, [day]).KeyFor(day);

        File.WriteAllBytes(Path.Combine(sut.Root, "data", "prices", "prices.parquet"), Parquet(Good.Replace("691.81", "691.82", StringComparison.Ordinal), Columns));

        Assert.NotEqual(before, DataFingerprint.Compute(sut.Root, [day]).KeyFor(day));
    }

    private static DataFixture Project(byte[] parquet) => DataFixture.FromBytes(new Dictionary<string, byte[]>
    {
        ["data/sources.yml"] = Encoding.UTF8.GetBytes(Sources),
        ["data/securities.csv"] = Encoding.UTF8.GetBytes(DataFixture.DefaultSecurities),
        ["data/prices/prices.parquet"] = parquet,
    });

    // The bytes of a Parquet file holding VALUES rows with the given column names, written by DuckDB.
    private static byte[] Parquet(string values, string columns)
    {
        var path = Path.Combine(Path.GetTempPath(), "reportgen-parquet-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM (VALUES {values}) AS t({columns})) TO '{path}' (FORMAT parquet)";
            command.ExecuteNonQuery();
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
