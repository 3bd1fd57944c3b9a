namespace ReportGen.Site;

/// <summary>One edition as the Atom feed lists it.</summary>
/// <param name="Title">Headline, plain text.</param>
/// <param name="Summary">Dek, plain text.</param>
/// <param name="Url">Absolute URL of the edition page (also its Atom id).</param>
/// <param name="Date">The edition's as-of date: its published and updated date.</param>
/// <param name="Categories">Topic tags.</param>
public sealed record FeedEntry(string Title, string Summary, string Url, DateOnly Date, IReadOnlyList<string> Categories);
