namespace ReportGen.Publishing;

/// <summary>What the site shows about one edition's publication: its dates, its corrections and its earlier versions.</summary>
/// <param name="PublishedAt">When version 1 was published (from the ledger, or this build's clock when it records the
/// edition now); null when the edition is not in the ledger and this build does not record it (a preview, a draft).</param>
/// <param name="ModifiedAt">When the newest correction was published; null when never corrected.</param>
/// <param name="Retrieved">The newest retrieval date (<c>retrieved:</c> in data/sources.yml) of the data sets the edition
/// cites; null when none is cited.</param>
/// <param name="Corrections">Every correction, oldest first.</param>
/// <param name="Superseded">Every earlier version, oldest first (version 1 … N-1), each kept at <c>v&lt;N&gt;/</c>.</param>
public sealed record EditionRecord(DateTimeOffset? PublishedAt, DateTimeOffset? ModifiedAt, DateOnly? Retrieved, IReadOnlyList<CorrectionNotice> Corrections, IReadOnlyList<SupersededVersion> Superseded)
{
    /// <summary>An edition nobody published: no dates, no corrections.</summary>
    public static EditionRecord Unpublished { get; } = new(null, null, null, [], []);
}

/// <summary>One accepted correction of an edition.</summary>
/// <param name="Version">The version it published (2 for the first correction).</param>
/// <param name="At">When it was published (UTC).</param>
/// <param name="Items">What changed: each figure (and the headline or dek), old → new, and why.</param>
public sealed record CorrectionNotice(int Version, DateTimeOffset At, IReadOnlyList<LedgerCorrection> Items)
{
    /// <summary>
    /// An update rather than a correction: every item adds a figure the published version did not print
    /// (<see cref="LedgerCorrection.IsAddition"/>), so nothing published was wrong or changed. Pages, the corrections page
    /// and the feeds title it "Update" instead of "Correction".
    /// </summary>
    public bool IsUpdate => Items.Count > 0 && Items.All(i => i.IsAddition);
}

/// <summary>An earlier version of an edition, as published, kept at a stable URL (<c>…/&lt;period&gt;/v1/</c>).</summary>
/// <param name="Version">Its number.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="SupersededAt">When the next version replaced it.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Summary">Its dek.</param>
/// <param name="BodyHtml">Its body HTML as published (links relative to the edition's folder).</param>
/// <param name="Figures">Its figures as published.</param>
/// <param name="FiguresCsv">Its figures file, as recorded in the ledger.</param>
public sealed record SupersededVersion(int Version, DateTimeOffset PublishedAt, DateTimeOffset SupersededAt, string Title, string Summary, string BodyHtml, IReadOnlyList<LedgerFigure> Figures, string FiguresCsv);
