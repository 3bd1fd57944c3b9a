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
        AssertSame(full, fast);
    }

    /// <summary>Asserts two readings of a price file hold the same rows, line numbers and columns.</summary>
    internal static void AssertSame(PriceFile full, PriceFile fast)
    {
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

/// <summary>
/// The fast path against the full reader on every real price file of the sample (and, where a file's fields are cut,
/// padded or reordered, on variants of it): whatever the fast path accepts equals what the full reader reads.
/// </summary>
public sealed class PriceFileFastReaderSampleTests
{
    public static TheoryData<string> PriceFiles =>
        [.. Directory.EnumerateFiles(Path.Combine(ReportGen.TestKit.RepoPaths.Root, "data", "prices"), "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ReportGen.TestKit.RepoPaths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PriceFiles))]
    public void TryParse_EverySamplePriceFile_AndVariantsOfIt_EqualTheFullReaderWhereAccepted(string path)
    {
        var text = File.ReadAllText(Path.Combine(ReportGen.TestKit.RepoPaths.Root, path));
        var lines = text.Split('\n');
        var variants = new List<string>
        {
            text,
            text.Replace("\n", "\r\n", StringComparison.Ordinal),                       // CRLF line ends
            string.Join('\n', lines.Take(lines.Length / 2)),                            // cut mid-file, no final newline
            string.Join('\n', lines.Select(l => string.Join(',', l.Split(',').Reverse()))), // columns reversed
        };
        var accepted = 0;
        foreach (var variant in variants)
        {
            var fast = PriceFileFastReader.TryParse(Encoding.UTF8.GetBytes(variant), path, "X");
            if (fast is null)
            {
                continue;
            }

            accepted++;
            var full = PriceFileReader.Read(CsvFile.Parse(variant, path), "X", new DiagnosticBag());
            Assert.NotNull(full);
            PriceFileFastReaderTests.AssertSame(full, fast);
        }

        // The fast path may decline a file only for what the full reader then reports, for a layout it leaves to the full
        // reader (yfinance's three header rows), or for a one-day move big enough to be a split that the full reader must
        // screen (it reports only moves near an exact split ratio; AAPL's -52% of 2000-09-29 is not one). Otherwise it
        // must read the file itself.
        if (accepted == 0)
        {
            var diagnostics = new DiagnosticBag();
            var full = PriceFileReader.Read(CsvFile.Parse(text, path), "X", diagnostics);
            Assert.NotNull(full);
            var bigMove = new[] { full.AdjustedClose, full.Close }.Any(v => v is not null
                && v.Zip(v.Skip(1), (a, b) => b / a).Any(q => q <= PriceFileReader.SplitFallRatio || q >= PriceFileReader.SplitRiseRatio));
            Assert.True(diagnostics.Sorted().Count > 0 || text.StartsWith("Price,", StringComparison.Ordinal) || bigMove, $"{path}: the fast path declined a file the full reader reads without a word");
        }
    }
}
