namespace ReportGen.Diagnostics;

/// <summary>
/// "Did you mean" for a mistyped name (report slug, ticker, universe, chart id, template member, option, YAML key):
/// the valid names closest to what was typed, by optimal-string-alignment distance (Damerau-Levenshtein with adjacent
/// transpositions counted once; Boytsov 2011, "Indexing methods for approximate dictionary searching"), compared
/// without regard to case.
/// </summary>
/// <remarks>
/// A name is suggested when its distance is at most a third of the longer of the two names (at least 1, at most 3), or
/// when one name starts with the other and the shorter has at least 3 characters (<c>ai-equitie</c> for
/// <c>ai-equities</c>, <c>trailing12m</c> for <c>trailing_12m</c> after separators are ignored). Separators
/// (<c>_</c>, <c>-</c>, <c>.</c>, space) are ignored when comparing. Closest first; ties in the order given.
/// </remarks>
public static class NameSuggestions
{
    /// <summary>Most names a suggestion lists (3).</summary>
    public const int MaxSuggestions = 3;

    /// <summary>The valid names closest to <paramref name="typed"/>, closest first, at most <see cref="MaxSuggestions"/>; empty when none is close.</summary>
    /// <param name="typed">What the user wrote.</param>
    /// <param name="candidates">The valid names; duplicates are listed once.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var key = Normalise(typed);
        if (key.Length == 0)
        {
            return [];
        }

        var scored = new List<(string Name, int Distance, int Order)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var candidate in candidates)
        {
            if (candidate is null || !seen.Add(candidate))
            {
                continue;
            }

            var other = Normalise(candidate);
            if (other.Length == 0)
            {
                continue;
            }

            var distance = Distance(key, other);
            var limit = Math.Clamp(Math.Max(key.Length, other.Length) / 3, 1, 3);
            var prefix = Math.Min(key.Length, other.Length) >= 3 && (other.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(other, StringComparison.Ordinal));
            if (distance <= limit || prefix)
            {
                scored.Add((candidate, prefix ? Math.Min(distance, limit) : distance, order++));
            }
        }

        return [.. scored.OrderBy(s => s.Distance).ThenBy(s => s.Order).Take(MaxSuggestions).Select(s => s.Name)];
    }

    /// <summary>
    /// The closing phrase of a diagnostic: <c>; did you mean 'x'?</c>, <c>; did you mean 'x' or 'y'?</c>, or, when no name
    /// is close, <c>; expected one of 'a', 'b', 'c'</c> (the first <paramref name="listAtMost"/> valid names, then "…").
    /// Empty when there are no valid names at all.
    /// </summary>
    /// <param name="typed">What the user wrote.</param>
    /// <param name="candidates">The valid names.</param>
    /// <param name="listAtMost">How many valid names to list when none is close (default 8).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static string Hint(string typed, IEnumerable<string> candidates, int listAtMost = 8)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var all = candidates.Where(c => c is not null).Distinct(StringComparer.Ordinal).ToList();
        if (all.Count == 0)
        {
            return string.Empty;
        }

        var closest = Closest(typed, all);
        if (closest.Count > 0)
        {
            var quoted = closest.Select(n => $"'{n}'").ToList();
            var list = quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
            return $"; did you mean {list}?";
        }

        var shown = all.Order(StringComparer.Ordinal).Take(listAtMost).Select(n => $"'{n}'");
        var more = all.Count > listAtMost ? ", …" : string.Empty;
        return $"; expected one of {string.Join(", ", shown)}{more}";
    }

    private static string Normalise(string name)
    {
        var chars = name.Where(c => c is not ('_' or '-' or '.' or ' ')).Select(char.ToLowerInvariant).ToArray();
        return new string(chars);
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions, each 1.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
