using System.Globalization;
using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>
/// The return of a basket held in market-capitalization weights over any window, the weights reset at the start of every
/// calendar quarter inside it: the cap-weighted counterpart of <see cref="EqualWeightRebalanced"/>, with the same cut-offs and chaining.
/// </summary>
/// <remarks>
/// <para>Market capitalization at a cut-off c: MC<sub>i</sub>(c) = Q<sub>i</sub> × P<sub>i</sub>(c), where P is the quoted close
/// (split-adjusted, not dividend-adjusted) on or before c and Q the implied share count from the member's dated market
/// capitalization nearest to c: Q<sub>i</sub> = MC<sub>i</sub>(s) / P<sub>i</sub>(s) on the snapshot date s (<see cref="ImpliedShares"/>).
/// Split-adjusted closes keep Q and P in the same units across a split between s and c.</para>
/// <para>Over each piece k of the window the basket is held from weights w<sub>i,k</sub> = MC<sub>i</sub>(c<sub>k−1</sub>) / Σ<sub>j</sub> MC<sub>j</sub>(c<sub>k−1</sub>),
/// and the pieces are chained: R = Π<sub>k</sub> (1 + Σ<sub>i</sub> w<sub>i,k</sub> R<sub>i,k</sub>) − 1, with R<sub>i,k</sub> the member's total
/// return over the piece from adjusted closes. A window inside one quarter is one piece.</para>
/// <para>Source: S&amp;P Dow Jones Indices, <i>Index Mathematics Methodology</i>, "Market Capitalization Weighted Indices"
/// (index level = Σ P<sub>i</sub> × Q<sub>i</sub> / divisor: each stock's weight is its share of total market value; share counts are
/// updated at the quarterly rebalancing). Float adjustment is not applied, and the share count is held between the
/// snapshot that gave it and the cut-off (share-count drift: buybacks and issuance in between are not seen).</para>
/// </remarks>
public static class CapWeightRebalanced
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "cap_weight_return_rebalanced";

    /// <summary>Implied shares outstanding: a dated market capitalization divided by the quoted close of the same day.</summary>
    /// <param name="marketCapUsd">Market capitalization in USD on the snapshot date.</param>
    /// <param name="closeUsd">Quoted close (split-adjusted) in USD per share on the same date.</param>
    /// <returns>The share count (shares, not millions).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either input is not a positive finite number.</exception>
    public static double ImpliedShares(double marketCapUsd, double closeUsd)
    {
        if (!(marketCapUsd > 0) || !double.IsFinite(marketCapUsd))
        {
            throw new ArgumentOutOfRangeException(nameof(marketCapUsd), marketCapUsd, "expected a positive USD amount");
        }

        if (!(closeUsd > 0) || !double.IsFinite(closeUsd))
        {
            throw new ArgumentOutOfRangeException(nameof(closeUsd), closeUsd, "expected a positive price in USD");
        }

        return marketCapUsd / closeUsd;
    }

    /// <summary>The basket's cap-weighted return between two cut-offs, weights reset at each calendar quarter start between them.</summary>
    /// <param name="members">Each member's adjusted closes (returns), quoted closes (market capitalization) and dated market capitalizations.</param>
    /// <param name="baseCutoff">The base close of each member is its last close on or before this date (for a period, the day before it starts).</param>
    /// <param name="endCutoff">The end close is each member's last close on or before this date (the as-of date); after <paramref name="baseCutoff"/>.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The return as a fraction (0.153 = +15.3%), the pieces, the weights at the last piece's start and at the end close.</returns>
    /// <exception cref="InsufficientDataException">No members; a member has no dated market capitalization on a day with a quoted
    /// close; or a member has no close within <see cref="GapPolicy.MaxCalendarDays"/> calendar days on or before a cut-off
    /// (adjusted closes at every cut-off, quoted closes at each cut-off where weights are set).</exception>
    /// <exception cref="ArgumentException">A ticker appears twice, a member's series are of the wrong <see cref="PriceField"/>, or
    /// <paramref name="endCutoff"/> is not after <paramref name="baseCutoff"/>.</exception>
    public static CapWeightedReturn Compute(IReadOnlyList<CapWeightMember> members, DateOnly baseCutoff, DateOnly endCutoff, string universe)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member with a market capitalization");
        }

        if (endCutoff <= baseCutoff)
        {
            throw new ArgumentException($"{Name} for {universe}: the end cut-off {Iso(endCutoff)} must be after the base cut-off {Iso(baseCutoff)}", nameof(endCutoff));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            if (!seen.Add(m.Ticker))
            {
                throw new ArgumentException($"{Name} for {universe}: {m.Ticker} appears twice", nameof(members));
            }

            if (m.AdjustedClose.Field != PriceField.AdjustedClose || m.Close.Field != PriceField.Close)
            {
                throw new ArgumentException($"{Name} for {universe}: {m.Ticker} needs adjusted closes for returns and quoted closes for market capitalization", nameof(members));
            }

            if (m.MarketCaps.Count == 0)
            {
                throw new InsufficientDataException(Name, m.Ticker, $"a dated market capitalization (it is a member of {universe})");
            }
        }

        var cutoffs = EqualWeightRebalanced.Cutoffs(baseCutoff, endCutoff);
        var growth = 1.0;
        var single = 0.0;
        IReadOnlyList<Holding> startWeights = [];
        var grown = new List<(string Ticker, double Value)>();
        for (var k = 1; k < cutoffs.Count; k++)
        {
            startWeights = WeightsAt(members, cutoffs[k - 1], universe);
            single = 0.0;
            grown.Clear();
            foreach (var w in startWeights)
            {
                var m = members.First(x => x.Ticker == w.Ticker);
                var from = m.AdjustedClose.Values[Close(m.AdjustedClose, cutoffs[k - 1])];
                var to = m.AdjustedClose.Values[Close(m.AdjustedClose, cutoffs[k])];
                single += w.Weight * ((to / from) - 1);
                grown.Add((w.Ticker, w.Weight * (to / from)));
            }

            growth *= 1 + single;
        }

        var value = cutoffs.Count == 2 ? single : growth - 1;
        if (!double.IsFinite(value))
        {
            throw new InsufficientDataException(Name, universe, "finite prices for every member");
        }

        // Held from its start weights, the basket's weights at the end close are those weights drifted by each member's
        // return: w_i (1 + R_i) / (1 + R). No quoted close at the end is needed.
        var total = grown.Sum(g => g.Value);
        var endWeights = WeightRules.Largest(grown, g => g.Value, g => g.Ticker).Select(g => new Holding(g.Ticker, g.Value / total)).ToList();
        return new CapWeightedReturn(value, cutoffs.Count - 1, cutoffs[0], cutoffs[^1], startWeights, endWeights);
    }

    /// <summary>Market-capitalization weights at one cut-off: implied shares from each member's dated market capitalization nearest to it, times its quoted close on or before it.</summary>
    /// <param name="members">The members, each with at least one dated market capitalization.</param>
    /// <param name="cutoff">The date; each member's last quoted close on or before it is read.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>One <see cref="Holding"/> per member, largest first (ties by ticker), weights as fractions summing to 1.</returns>
    /// <exception cref="InsufficientDataException">A member has no dated market capitalization, or no quoted close within
    /// <see cref="GapPolicy.MaxCalendarDays"/> calendar days on or before the cut-off or its snapshot date.</exception>
    public static IReadOnlyList<Holding> WeightsAt(IReadOnlyList<CapWeightMember> members, DateOnly cutoff, string universe)
    {
        ArgumentNullException.ThrowIfNull(members);
        var caps = members.Select(m => new MarketCap(m.Ticker, cutoff, SharesNear(m, cutoff) * m.Close.Values[Close(m.Close, cutoff)])).ToList();
        return MarketCapWeights.Compute(caps, universe);
    }

    // Q = MC / P on the date of the member's market capitalization nearest to the cut-off (ties: the earlier one), among
    // the dates on which the member has a quoted close (within the gap policy) to divide by.
    private static double SharesNear(CapWeightMember m, DateOnly cutoff)
    {
        var nearest = m.MarketCaps
            .Where(c => QuotedOn(m.Close, c.Date))
            .OrderBy(c => Math.Abs(c.Date.DayNumber - cutoff.DayNumber)).ThenBy(c => c.Date).FirstOrDefault()
            ?? throw new InsufficientDataException(Name, m.Ticker, string.Create(CultureInfo.InvariantCulture,
                $"a dated market capitalization on a day with a quoted close to imply its share count (have {m.MarketCaps.Count}, quoted closes {(m.Close.FirstDate is { } f ? $"{f:yyyy-MM-dd} to {m.Close.LastDate:yyyy-MM-dd}" : "none")})"));
        return ImpliedShares(nearest.Usd, m.Close.Values[Close(m.Close, nearest.Date)]);
    }

    private static bool QuotedOn(PriceSeries series, DateOnly date)
    {
        var i = series.IndexOnOrBefore(date);
        return i >= 0 && date.DayNumber - series.Dates[i].DayNumber <= GapPolicy.MaxCalendarDays;
    }

    private static int Close(PriceSeries series, DateOnly cutoff) => EqualWeightRebalanced.CloseAt(Name, series, cutoff, string.Empty);

    private static string Iso(DateOnly d) => WindowLocator.Iso(d);
}

/// <summary>One member of a cap-weighted basket (<see cref="CapWeightRebalanced"/>).</summary>
/// <param name="Ticker">The security.</param>
/// <param name="AdjustedClose">Split- and dividend-adjusted closes, ascending: the member's total returns.</param>
/// <param name="Close">Quoted closes, split-adjusted only, ascending: the member's market capitalization with the implied share count.</param>
/// <param name="MarketCaps">The member's market capitalizations in USD on dated snapshots (any order), at least one.</param>
public sealed record CapWeightMember(string Ticker, PriceSeries AdjustedClose, PriceSeries Close, IReadOnlyList<MarketCap> MarketCaps);

/// <summary>A cap-weighted return rebalanced at each quarter start (<see cref="CapWeightRebalanced"/>).</summary>
/// <param name="Value">The return as a fraction (0.153 = +15.3%).</param>
/// <param name="Pieces">How many pieces the window was cut into (1 for a window inside one quarter).</param>
/// <param name="BaseCutoff">The cut-off of the base closes.</param>
/// <param name="EndCutoff">The cut-off of the end closes.</param>
/// <param name="StartWeights">The weights the last piece started from (for a one-quarter window, the quarter's start), largest first, fractions summing to 1.</param>
/// <param name="EndWeights">The weights at the end closes: <paramref name="StartWeights"/> drifted by each member's return over the last piece,
/// w<sub>i</sub> (1 + R<sub>i</sub>) / (1 + R), the weights of a basket held from cap weights (its members' market values, dividends reinvested);
/// largest first, fractions summing to 1.</param>
public sealed record CapWeightedReturn(double Value, int Pieces, DateOnly BaseCutoff, DateOnly EndCutoff, IReadOnlyList<Holding> StartWeights, IReadOnlyList<Holding> EndWeights);
