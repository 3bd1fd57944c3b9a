using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>Daily returns of a security and its benchmark on aligned trading days, checked for field and count.</summary>
internal static class PairedReturns
{
    public static (double[] Security, double[] Benchmark, AlignedCloses Aligned) Build(
        string metric, PriceSeries security, PriceSeries benchmark, ReturnWindow window, DateOnly asOf, int minimumReturns)
    {
        ArgumentNullException.ThrowIfNull(security);
        ArgumentNullException.ThrowIfNull(benchmark);
        TotalReturn.RequireField(security, PriceField.AdjustedClose, metric);
        TotalReturn.RequireField(benchmark, PriceField.AdjustedClose, metric);
        var aligned = AlignedCloses.Build(metric, security, benchmark, window, asOf);
        var n = aligned.Dates.Length - 1;
        if (n < minimumReturns)
        {
            throw new InsufficientDataException(metric, security.Ticker,
                $"at least {minimumReturns} daily returns on trading days shared with {benchmark.Ticker} for {window} (have {n})");
        }

        return (Moments.SimpleReturns(aligned.Security), Moments.SimpleReturns(aligned.Benchmark), aligned);
    }
}
