using ReportGen.Data;
using ReportGen.Metrics.Model;

namespace ReportGen.Checking.Scenarios;

/// <summary>
/// Rewrites the price series of a <see cref="MarketData"/> for a scenario while keeping every series' dates. Each ticker's
/// basis series (its adjusted closes, or its quoted closes when it has no adjusted ones) gets new values; the day's ratio of
/// new to old basis value is then applied to its quoted closes, to its open, high and low, and to the cash amount of each
/// dividend on its ex-date, so quoted prices, adjusted prices and dividend yields stay consistent with one another. Volume,
/// fundamentals, fund flows and AUM are kept.
/// </summary>
internal static class PriceReshaper
{
    /// <summary>The size of a day's move that counts as a full "noise" unit: 3% in log terms.</summary>
    private const double NoiseScale = 0.03;

    /// <summary>Rewrites every ticker's basis series with <paramref name="values"/>.</summary>
    /// <param name="data">The loaded data.</param>
    /// <param name="values">The new basis values of a ticker (positive, one per date of its basis series), or null to keep it.</param>
    /// <returns>The data with the new prices and scaled dividends.</returns>
    public static MarketData Reshape(MarketData data, Func<string, PriceSeries, double[]?> values)
    {
        var prices = new Dictionary<string, SecurityPrices>(StringComparer.Ordinal);
        var dividends = new Dictionary<string, DividendHistory>(data.Dividends, StringComparer.Ordinal);
        foreach (var (ticker, p) in data.Prices)
        {
            var basis = p.AdjustedClose ?? p.Close;
            if (basis is null || basis.Count == 0 || values(ticker, basis) is not { } fresh)
            {
                prices[ticker] = p;
                continue;
            }

            var dates = basis.Dates.ToArray();
            var factor = new double[dates.Length];
            for (var i = 0; i < dates.Length; i++)
            {
                factor[i] = fresh[i] / basis.Values[i];
            }

            double FactorOn(DateOnly date)
            {
                var i = Array.BinarySearch(dates, date);
                i = i >= 0 ? i : Math.Max(0, ~i - 1);
                return factor[i];
            }

            var rebased = new PriceSeries(ticker, basis.Field, dates, fresh);
            prices[ticker] = p with
            {
                AdjustedClose = p.AdjustedClose is null ? null : rebased,
                Close = p.Close is null ? null : p.AdjustedClose is null ? rebased : Scale(p.Close, FactorOn),
                Bars = p.Bars is { } bars ? Scale(bars, FactorOn) : null,
            };
            if (data.Dividends.TryGetValue(ticker, out var history))
            {
                dividends[ticker] = history with
                {
                    Dividends = [.. history.Dividends.Select(d => d with { AmountPerShareUsd = d.AmountPerShareUsd * (decimal)FactorOn(d.ExDate) })],
                };
            }
        }

        return data with { Prices = prices, Dividends = dividends };
    }

    /// <summary>Every series held at its first value: adjusted and quoted closes, open, high and low; no dividends (a
    /// dividend on a constant price would be a total return of its own).</summary>
    /// <param name="data">The loaded data.</param>
    public static MarketData Flatten(MarketData data)
    {
        var prices = new Dictionary<string, SecurityPrices>(StringComparer.Ordinal);
        foreach (var (ticker, p) in data.Prices)
        {
            var close = p.Close is { Count: > 0 } c ? Constant(c, c.Values[0]) : p.Close;
            var level = close?.Values[0];
            prices[ticker] = p with
            {
                AdjustedClose = p.AdjustedClose is { Count: > 0 } a ? Constant(a, a.Values[0]) : p.AdjustedClose,
                Close = close,
                Bars = p.Bars is { } bars && level is { } l ? bars with
                {
                    Open = bars.Open is null ? null : [.. bars.Open.Select(_ => l)],
                    High = bars.High is null ? null : [.. bars.High.Select(_ => l)],
                    Low = bars.Low is null ? null : [.. bars.Low.Select(_ => l)],
                }
                : p.Bars,
            };
        }

        var dividends = data.Dividends.ToDictionary(d => d.Key, d => d.Value with { Dividends = [] }, StringComparer.Ordinal);
        return data with { Prices = prices, Dividends = dividends };
    }

    /// <summary>
    /// Values that start at <paramref name="basis"/>'s first value and move each day by the log return
    /// <paramref name="logReturn"/> gives for that day.
    /// </summary>
    /// <param name="basis">The original series.</param>
    /// <param name="logReturn">The new log return of a day from that day's noise, a number in [0, 1]: the absolute
    /// original log return of the day over 3%, capped at 1. Deterministic: the same data gives the same series.</param>
    public static double[] FromLogReturns(PriceSeries basis, Func<double, double> logReturn)
    {
        var original = basis.Values;
        var values = new double[original.Length];
        values[0] = original[0];
        for (var i = 1; i < values.Length; i++)
        {
            var noise = Math.Min(1, Math.Abs(Math.Log(original[i] / original[i - 1])) / NoiseScale);
            values[i] = values[i - 1] * Math.Exp(logReturn(noise));
        }

        return values;
    }

    private static PriceSeries Constant(PriceSeries series, double value) =>
        new(series.Ticker, series.Field, series.Dates.ToArray(), Enumerable.Repeat(value, series.Count).ToArray());

    private static PriceSeries Scale(PriceSeries series, Func<DateOnly, double> factor)
    {
        var dates = series.Dates.ToArray();
        var values = series.Values.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor(dates[i]);
        }

        return new PriceSeries(series.Ticker, series.Field, dates, values);
    }

    private static DailyBars Scale(DailyBars bars, Func<DateOnly, double> factor)
    {
        IReadOnlyList<double>? Of(IReadOnlyList<double>? prices) =>
            prices is null ? null : [.. prices.Select((v, i) => v * factor(bars.Dates[i]))];
        return bars with { Open = Of(bars.Open), High = Of(bars.High), Low = Of(bars.Low) };
    }
}
