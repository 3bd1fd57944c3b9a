using System.Text;
using ReportGen.Data;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Data;

/// <summary>The fast path for clean price files gives what the full reader gives, and hands every file it does not
/// accept back to it (so the full reader's diagnostics are unchanged).</summary>
public sealed class PriceFileFastReaderTests
{
    [Theory]
    [InlineData("Date,Open,High,Low,Close,Adj Close,Volume\n2026-01-05,153.17,154.07,152.25,153.60,151.53,2826900\n2026-01-06,152.25,153.16,150.66,150.70,148.67,5187200\n")]
    [InlineData("Date,Adj Close\r\n2026-01-05,1e2\r\n2026-01-06,100.125")]
    [InlineData("adj_close,date\n151.53,2026-01-05\n")]
    [InlineData("Date,Close\n")]
    public void TryParse_CleanFile_EqualsTheFullReader(string text)
    {
        var fast = PriceFileFastReader.TryParse(Encoding.ASCII.GetBytes(text), "data/prices/X.csv", "X");
        var full = PriceFileReader.Read(CsvFile.Parse(text, "data/prices/X.csv"), "X", new DiagnosticBag());

        Assert.NotNull(fast);
        Assert.NotNull(full);
        Assert.Equal(full.Dates, fast.Dates);
        Assert.Equal(full.Lines, fast.Lines);
        Assert.Equal(full.AdjustedClose, fast.AdjustedClose);
        Assert.Equal(full.Close, fast.Close);
        Assert.Equal(full.Open, fast.Open);
        Assert.Equal(full.High, fast.High);
        Assert.Equal(full.Low, fast.Low);
        Assert.Equal(full.Volume, fast.Volume);
    }

    [Theory]
    [InlineData("Date,Adj Close\n2026-01-05,\"151.53\"\n")] // quotes
    [InlineData("Date,Adj Close\n2026-01-05,151.53\n\n2026-01-06,150\n")] // a blank line shifts line numbers
    [InlineData("Date,Adj Close\n2026-01-05, 151.53\n")] // padded field
    [InlineData("Date,Adj Close\n2026-1-5,151.53\n")] // date not yyyy-MM-dd
    [InlineData("Date,Adj Close\n2026-01-05,151.53\n2026-01-05,151.53\n")] // duplicate date
    [InlineData("Date,Adj Close\n2026-01-05,0\n")] // not positive
    [InlineData("Date,Adj Close\n2026-01-05,200\n2026-01-06,100\n")] // split-sized move
    [InlineData("Date,High,Low,Close\n2026-01-05,1,2,1.5\n")] // high below low
    [InlineData("Date,Adj Close,Volume\n2026-01-05,1,-3\n")] // negative volume
    [InlineData("Date,Adj Close\n2026-01-05,151.53,9\n")] // too many fields
    [InlineData("Price,Adj Close\nTicker,X\nDate,\n2026-01-05,151.53\n")] // yfinance header
    [InlineData("\uFEFFDate,Adj Close\n2026-01-05,151.53\n")] // BOM
    [InlineData("Date,Adj Close,Adj Close\n2026-01-05,1,1\n")] // column twice
    public void TryParse_AnythingButClean_LeavesTheFileToTheFullReader(string text)
    {
        Assert.Null(PriceFileFastReader.TryParse(Encoding.UTF8.GetBytes(text), "data/prices/X.csv", "X"));
    }
}
