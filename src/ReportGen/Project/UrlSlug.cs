namespace ReportGen.Project;

/// <summary>URL slugs: lower-case ASCII letters, digits and single hyphens; nothing that could leave the output folder.</summary>
public static class UrlSlug
{
    /// <summary>True when <paramref name="text"/> is a safe slug such as <c>ai-equities</c> or <c>2026-q2</c>.</summary>
    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 80 && text[0] != '-' && text[^1] != '-'
        && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>Turns any text (a ticker, a tag) into a safe slug: lower case, runs of other characters become one hyphen.</summary>
    /// <param name="text">The text, e.g. <c>^SPX</c> or <c>../../x</c>.</param>
    /// <returns>A slug such as <c>spx</c> or <c>x</c>; <c>item</c> when nothing usable remains.</returns>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new List<char>(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                chars.Add(c);
            }
            else if (chars.Count > 0 && chars[^1] != '-')
            {
                chars.Add('-');
            }
        }

        var slug = new string([.. chars]).Trim('-');
        return slug.Length == 0 ? "item" : slug;
    }
}
