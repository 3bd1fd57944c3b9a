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
}
