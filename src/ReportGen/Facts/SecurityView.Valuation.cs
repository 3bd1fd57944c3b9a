using System.Globalization;
using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>Market capitalization and valuation multiples of a security, from the edition's fundamentals snapshot.</summary>
public sealed partial class SecurityView
{
    /// <summary>True when the edition's fundamentals snapshot has a market capitalization for this security.</summary>
    public bool HasFundamentals => SnapshotRow() is { MarketCapUsd: not null };

    /// <summary>Whole-company market capitalization in USD from the edition's fundamentals snapshot.</summary>
    /// <exception cref="InsufficientDataException">No recent snapshot, or the security is not in it (e.g. not an S&amp;P 500 member).</exception>
    public MetricValue MarketCap => Cached(nameof(MarketCap), () =>
    {
        var (row, snapshot) = RequireRow(MetricNames.MarketCapitalization);
        var cap = row.MarketCapUsd ?? throw new InsufficientDataException(MetricNames.MarketCapitalization, Ticker, $"a Market Cap value in the {snapshot.AsOf:yyyy-MM-dd} snapshot");
        return new MetricValue((double)cap, MetricUnit.Usd, MetricNames.MarketCapitalization, Ticker, string.Create(CultureInfo.InvariantCulture, $"Market Cap in the S&P 500 fundamentals snapshot of {snapshot.AsOf:yyyy-MM-dd}"), [snapshot.SourceId], snapshot.AsOf);
    });

    /// <summary>Trailing price/earnings ratio from the edition's fundamentals snapshot (a multiple).</summary>
    /// <exception cref="InsufficientDataException">No snapshot row, or no positive P/E (losses make P/E meaningless).</exception>
    public MetricValue PriceToEarnings => Cached(nameof(PriceToEarnings), () =>
    {
        var (row, snapshot) = RequireRow(MetricNames.PriceToEarnings);
        var pe = row.PriceToEarnings is { } v && v > 0 ? v : throw new InsufficientDataException(MetricNames.PriceToEarnings, Ticker, $"a positive Price/Earnings in the {snapshot.AsOf:yyyy-MM-dd} snapshot");
        return new MetricValue(pe, MetricUnit.Multiple, MetricNames.PriceToEarnings, Ticker, string.Create(CultureInfo.InvariantCulture, $"trailing Price/Earnings in the S&P 500 fundamentals snapshot of {snapshot.AsOf:yyyy-MM-dd}"), [snapshot.SourceId], snapshot.AsOf);
    });

    /// <summary>
    /// The highest whole-trillion market-cap milestone crossed by the as-of date, estimated as quoted close × shares implied
    /// by the snapshot (Market Cap / Price); null when there is no snapshot row, no quoted closes, or no milestone crossed
    /// after the series starts.
    /// </summary>
    public MilestoneView? Milestone => _milestone.Value;

    private MilestoneView? FindMilestone()
    {
        var row = SnapshotRow();
        var prices = _scope.Data.Prices[Ticker];
        if (row is not { MarketCapUsd: { } cap, PriceUsd: { } price } || prices.Close is null || _scope.Snapshot is not { } snapshot)
        {
            return null;
        }

        var shares = (double)cap / price;
        var crossings = Metrics.Valuation.MarketCapMilestones.Find(prices.Close, shares, Metrics.Valuation.MarketCapMilestones.EveryTrillion(10), _scope.AsOf);
        var last = crossings.Where(c => !c.AtSeriesStart).MaxBy(c => c.ThresholdUsd);
        if (last is null)
        {
            return null;
        }

        var inputs = string.Create(CultureInfo.InvariantCulture, $"Close {last.Date:yyyy-MM-dd} {last.Close:0.##} × {shares:0} shares implied by the {snapshot.AsOf:yyyy-MM-dd} snapshot = {last.MarketCapUsd:0} USD");
        var value = new MetricValue(last.ThresholdUsd, MetricUnit.Usd, MetricNames.MarketCapMilestone, Ticker, inputs, [prices.CloseSource!, snapshot.SourceId], last.Date);
        return new MilestoneView(value, last.Date, last.Date >= _scope.Period.Start && last.Date <= _scope.Period.End);
    }

    private Fundamentals? SnapshotRow() => _scope.Snapshot?.Companies.GetValueOrDefault(Ticker);

    private (Fundamentals Row, FundamentalsSnapshot Snapshot) RequireRow(string metric)
    {
        var snapshot = _scope.Snapshot ?? throw new InsufficientDataException(metric, Ticker, $"a fundamentals snapshot dated within {SnapshotSelector.MaxAgeDays} days before {_scope.AsOf:yyyy-MM-dd}");
        var row = snapshot.Companies.GetValueOrDefault(Ticker) ?? throw new InsufficientDataException(metric, Ticker, $"a row in the {snapshot.AsOf:yyyy-MM-dd} fundamentals snapshot (it lists S&P 500 members only)");
        return (row, snapshot);
    }
}
