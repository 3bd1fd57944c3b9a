namespace ReportGen.Site;

/// <summary>One edition as the Atom feed lists it.</summary>
/// <param name="Title">Headline, plain text.</param>
/// <param name="Summary">Dek, plain text.</param>
/// <param name="Url">Absolute URL of the edition page (also its Atom id).</param>
/// <param name="Date">The edition's as-of date: its published and updated date.</param>
/// <param name="Categories">Topic tags.</param>
public sealed record FeedEntry(string Title, string Summary, string Url, DateOnly Date, IReadOnlyList<string> Categories)
{
    /// <summary>The first publication time from the ledger; when set, it is the entry's <c>published</c> instead of <see cref="Date"/>.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The newest correction's time; when set, it is the entry's <c>updated</c>.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The Atom id when it is not <see cref="Url"/> (a correction entry: the edition URL with <c>#correction-N</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The entry's <c>content</c> as HTML (the lede and key takeaways, <see cref="FeedContent"/>), written as
    /// <c>type="html"</c> with <c>xml:base</c> = <see cref="Url"/> so its relative links resolve; null for none.</summary>
    public string? ContentHtml { get; init; }
}

/// <summary>One feed of the site besides the site-wide <c>feed.xml</c>: a series' or a tag's.</summary>
/// <param name="Title">The feed's title, e.g. "AI Equities Quarterly · ReportGen Research".</param>
/// <param name="Subtitle">What the feed lists, plain text.</param>
/// <param name="Folder">The site folder of the page the feed belongs to, e.g. <c>reports/ai-equities/</c>; the feed is
/// <c>&lt;Folder&gt;feed.xml</c>, its Atom id the page's absolute URL.</param>
public sealed record FeedChannel(string Title, string Subtitle, string Folder)
{
    /// <summary>The feed's site path: <c>&lt;Folder&gt;feed.xml</c>.</summary>
    public string Path => Folder + AtomFeed.FileName;
}
