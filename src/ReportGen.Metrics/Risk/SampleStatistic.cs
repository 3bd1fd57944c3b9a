namespace ReportGen.Metrics.Risk;

/// <summary>A statistic estimated from daily returns, with the sample it came from, so a reader can judge it.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Benchmark">The benchmark for two-series statistics (beta, correlation); null otherwise.</param>
/// <param name="Value">The statistic; its unit is documented by the metric that returns it.</param>
/// <param name="Observations">Number of daily returns used (trading days).</param>
/// <param name="StartDate">Trading day of the base close (the first return is measured from it).</param>
/// <param name="EndDate">Trading day of the last close used.</param>
public sealed record SampleStatistic(string Ticker, string? Benchmark, double Value, int Observations, DateOnly StartDate, DateOnly EndDate);
