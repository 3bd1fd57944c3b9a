using System.Text;

namespace ReportGen.Planning;

/// <summary>
/// The covered securities of a build: every ticker the plan has at least one item edition for (an edition of a
/// <c>for_each</c> series with <see cref="Edition.Item"/> set), each with the site-relative folder of its page, the latest
/// tear sheet (<see cref="Edition.SecurityPath"/>, e.g. <c>securities/nvda/</c>). The text stage links every mention of a
/// covered security to that page (<c>Text/SecurityLinks</c>); the edition cache keys every edition's text on
/// <see cref="Fingerprint"/>, because a new tear-sheet series changes the links of notes that did not change.
/// </summary>
public sealed class SecurityPages
{
    private readonly SortedDictionary<string, string> _paths;

    private SecurityPages(SortedDictionary<string, string> paths) => _paths = paths;

    /// <summary>No covered security: a project without <c>for_each</c> series. Nothing is linked and <c>check</c> reports nothing (RG3100).</summary>
    public static SecurityPages None { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The covered securities of <paramref name="plan"/>: the distinct <see cref="Edition.Item"/>s of its editions.</summary>
    /// <param name="plan">The whole plan of the build: every series, also those <c>--report</c> leaves out, so a build of one
    /// report links exactly as a build of all of them does.</param>
    /// <returns>The pages; <see cref="None"/> when no edition has an item.</returns>
    public static SecurityPages From(IEnumerable<Edition> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Of(plan.Select(e => e.Item).OfType<string>());
    }

    /// <summary>The pages of <paramref name="tickers"/> (duplicates are ignored).</summary>
    /// <param name="tickers">Tickers as in data/securities.csv, e.g. <c>NVDA</c>.</param>
    public static SecurityPages Of(IEnumerable<string> tickers)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        var paths = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var ticker in tickers)
        {
            paths.TryAdd(ticker, Edition.SecurityPath(ticker));
        }

        return paths.Count == 0 ? None : new SecurityPages(paths);
    }

    /// <summary>The number of covered securities.</summary>
    public int Count => _paths.Count;

    /// <summary>The covered tickers in ordinal order.</summary>
    public IEnumerable<string> Tickers => _paths.Keys;

    /// <summary>The site-relative folder of <paramref name="ticker"/>'s page (e.g. <c>securities/nvda/</c>), or null when it has none.</summary>
    /// <param name="ticker">A ticker, case-sensitive as in data/securities.csv.</param>
    public string? PathOf(string ticker) => _paths.GetValueOrDefault(ticker);

    /// <summary>
    /// The covered set as one line of text for cache keys: "pages:" and each ticker with its folder, in ordinal order
    /// ("pages:" alone when none). Equal sets give equal text.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var sb = new StringBuilder("pages:");
            foreach (var (ticker, path) in _paths)
            {
                sb.Append(ticker).Append('=').Append(path).Append(';');
            }

            return sb.ToString();
        }
    }
}
