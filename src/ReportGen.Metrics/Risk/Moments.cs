namespace ReportGen.Metrics.Risk;

/// <summary>Sample moments by the two-pass algorithm (mean first, then squared deviations), which keeps daily-return variances accurate.</summary>
internal static class Moments
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        foreach (var v in x)
        {
            sum += v;
        }

        return sum / x.Length;
    }

    /// <summary>Sample covariance with the n − 1 (Bessel) denominator; <c>SampleCovariance(x, x)</c> is the sample variance.</summary>
    public static double SampleCovariance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var mx = Mean(x);
        var my = Mean(y);
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (x[i] - mx) * (y[i] - my);
        }

        return sum / (x.Length - 1);
    }

    /// <summary>Simple returns r_t = P_t / P_{t−1} − 1 between consecutive values.</summary>
    public static double[] SimpleReturns(ReadOnlySpan<double> prices)
    {
        var r = new double[prices.Length - 1];
        for (var i = 1; i < prices.Length; i++)
        {
            r[i - 1] = (prices[i] / prices[i - 1]) - 1;
        }

        return r;
    }
}
