using System.Globalization;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>A fund's assets under management as of the edition: the newest value dated on or before its as-of date from the AUM
/// estimates (<c>data/funds/aum.csv</c>) or a fund overview (<c>data/funds/overviews/</c>), if at most
/// <see cref="AumMaxAgeDays"/> old.</summary>
public sealed partial class SecurityView
{
    /// <summary>How old an AUM value may be, in calendar days before the as-of date, and still describe the edition (about a
    /// quarter: a fund's assets move with its price and flows, so an older figure misleads).</summary>
    public const int AumMaxAgeDays = 92;

    /// <summary>True when <see cref="Aum"/> exists for the edition.</summary>
    public bool HasAum => Available(() => Aum);

    /// <summary>The fund's assets under management (USD), from the newest source dated on or before the as-of date.</summary>
    /// <exception cref="InsufficientDataException">No value at most <see cref="AumMaxAgeDays"/> days old.</exception>
    public MetricValue Aum => Cached(nameof(Aum), () =>
    {
        var candidates = new List<(DateOnly AsOf, double Usd, string Source, string Inputs)>();
        if (_scope.Data.FundAum.TryGetValue(Ticker, out var estimate) && _scope.Data.FundAumSource is { } aumSource)
        {
            candidates.Add((estimate.AsOf, (double)estimate.AumUsd, aumSource, string.Create(CultureInfo.InvariantCulture, $"aum_usd {estimate.AumUsd} on {estimate.AsOf:yyyy-MM-dd} (AUM estimates)")));
        }

        if (_scope.Data.FundOverviews.LastOrDefault(s => s.Funds.GetValueOrDefault(Ticker)?.AumUsd is not null) is { } overview)
        {
            var usd = overview.Funds[Ticker].AumUsd!.Value;
            candidates.Add((overview.AsOf, (double)usd, overview.SourceId, string.Create(CultureInfo.InvariantCulture, $"Assets {usd} USD in the fund overview of {overview.AsOf:yyyy-MM-dd}")));
        }

        var newest = candidates.OrderByDescending(c => c.AsOf).FirstOrDefault();
        if (candidates.Count == 0 || _scope.AsOf.DayNumber - newest.AsOf.DayNumber > AumMaxAgeDays)
        {
            throw new InsufficientDataException(MetricNames.AssetsUnderManagement, Ticker, string.Create(CultureInfo.InvariantCulture, $"an AUM value dated within {AumMaxAgeDays} days before {_scope.AsOf:yyyy-MM-dd}"));
        }

        return new MetricValue(newest.Usd, MetricUnit.Usd, MetricNames.AssetsUnderManagement, Ticker, newest.Inputs, [newest.Source], newest.AsOf);
    });
}
