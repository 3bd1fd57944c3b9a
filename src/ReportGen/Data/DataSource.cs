namespace ReportGen.Data;

/// <summary>One data set's provenance, as declared in <c>data/sources.yml</c>. Citations on the site come from here.</summary>
/// <param name="Id">Stable id, e.g. <c>prices-adjusted</c>.</param>
/// <param name="Title">What the data set is, e.g. "Daily adjusted closes".</param>
/// <param name="Files">Glob patterns relative to data/ (<c>*</c> matches within one folder level), e.g. <c>prices/adjusted/*.csv</c>.</param>
/// <param name="Supplier">Who supplied the values, e.g. "Yahoo Finance".</param>
/// <param name="Citation">The words used in "(Source: &lt;citation&gt;, &lt;as-of date&gt;)".</param>
/// <param name="Origin">Where the files were copied from (repository URL or "this repository").</param>
/// <param name="Commit">The origin's commit, when it is a git repository.</param>
/// <param name="Licence">Licence and terms that apply.</param>
/// <param name="Retrieved">Date the files were copied.</param>
/// <param name="AsOf">Date of the newest value in the data set.</param>
/// <param name="Curation">Every change made to the files after copying (dropped rows, renamed headers), in order.</param>
public sealed record DataSource(
    string Id,
    string Title,
    IReadOnlyList<string> Files,
    string Supplier,
    string Citation,
    string Origin,
    string? Commit,
    string Licence,
    DateOnly Retrieved,
    DateOnly AsOf,
    IReadOnlyList<string> Curation)
{
    /// <summary>Where the entry starts in <c>data/sources.yml</c>, for diagnostics about the data set as a whole; null when
    /// the data set was not read from a file.</summary>
    public ReportGen.Diagnostics.SourceLocation? Location { get; init; }

    /// <summary>
    /// Why the data set ends where it does and will not be extended (sources.yml <c>final: reason</c>, e.g. "the origin
    /// deleted its data after this commit"); null when the data set is expected to be refreshed. A final data set is not
    /// reported as stale (RG1022) for ending before the newest price data set, so <c>check --strict</c> can pass on a project
    /// that knowingly keeps an older snapshot; figures dated after its <see cref="AsOf"/> still cannot use its series.
    /// </summary>
    public string? Final { get; init; }

    /// <summary>True when <paramref name="dataRelativePath"/> (relative to data/, '/' separators) matches one of <see cref="Files"/>.</summary>
    public bool Covers(string dataRelativePath)
    {
        foreach (var pattern in Files)
        {
            if (GlobMatch(pattern, dataRelativePath))
            {
                return true;
            }
        }

        return false;
    }

    private static bool GlobMatch(string pattern, string path)
    {
        var p = pattern.Split('/');
        var s = path.Split('/');
        if (p.Length != s.Length)
        {
            return false;
        }

        for (var i = 0; i < p.Length; i++)
        {
            if (!SegmentMatch(p[i], s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SegmentMatch(string pattern, string text)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(pattern, text, StringComparison.Ordinal);
        }

        var prefix = pattern[..star];
        var suffix = pattern[(star + 1)..];
        return text.Length >= prefix.Length + suffix.Length
            && text.StartsWith(prefix, StringComparison.Ordinal)
            && text.EndsWith(suffix, StringComparison.Ordinal)
            && SegmentMatch(suffix, text[(text.Length - suffix.Length)..]);
    }
}
