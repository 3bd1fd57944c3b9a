namespace ReportGen.Diagnostics;

/// <summary>Plausibility codes: values that parse but cannot be true (RG1030-RG1039, reported by the data stage at file:line:col),
/// and metrics that would be NaN or infinite (RG3001-RG3009, reported where a template meets them). The bounds are
/// documented on <see cref="Data.Plausibility"/> and in README.md, "Data validation".</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A price (Open, High, Low, Close, Adj Close; a fundamentals snapshot's Price) is below the floor of 0.0001 USD or
    /// above the ceiling of 100,000,000 USD (<see cref="Data.Plausibility.MinPriceUsd"/>, <see cref="Data.Plausibility.MaxPriceUsd"/>).
    /// Prices that are not finite numbers (NaN, Infinity, 1e400) are <see cref="BadNumber"/>; zero or negative ones
    /// <see cref="NonPositivePrice"/>.</summary>
    public const string ImplausiblePrice = "RG1030";

    /// <summary>A daily net flow in data/funds/flows.csv is larger in magnitude than
    /// <see cref="Data.Plausibility.MaxFlowToAum"/> times the fund's AUM in data/funds/aum.csv, or than
    /// <see cref="Data.Plausibility.MaxDailyFlowUsd"/> for any fund.</summary>
    public const string ImplausibleFlow = "RG1031";

    /// <summary>A fundamentals snapshot's Market Cap is outside <see cref="Data.Plausibility.MinMarketCapUsd"/> to
    /// <see cref="Data.Plausibility.MaxMarketCapUsd"/>.</summary>
    public const string ImplausibleMarketCap = "RG1032";

    /// <summary>A metric would be NaN or infinite: the message names the metric, the security or universe, the value and the
    /// inputs. Reported instead of printing the value or dropping the security from a ranking.</summary>
    public const string NonFiniteMetric = "RG3001";
}
