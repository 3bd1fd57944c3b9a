namespace ReportGen.Diagnostics;

/// <summary>Codes of the events calendar <c>data/events.csv</c> (RG106x) and of editors' notes <c>notes/&lt;report&gt;/&lt;period&gt;.md</c>
/// (RG204x). A bad date, an empty field, a bad header or field count in events.csv use the data stage's general codes
/// (<see cref="BadDate"/>, <see cref="EmptyField"/>, <see cref="BadHeader"/>, <see cref="BadFieldCount"/>); a number typed
/// into a note is <see cref="TypedNumber"/>, as in a report.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>An event's <c>subject</c> is neither a ticker of data/securities.csv nor a universe of data/universes.csv.</summary>
    public const string UnknownEventSubject = "RG1060";

    /// <summary>An event's <c>source_url</c> is not an absolute http or https URL.</summary>
    public const string BadEventUrl = "RG1061";

    /// <summary>The same event (date, subject and event text) appears twice in data/events.csv.</summary>
    public const string DuplicateEvent = "RG1062";

    /// <summary>A note whose report does not exist, whose file name is not a period of that report's cadence, or whose
    /// period has no edition up to the latest one planned (likely a typo of the period). A note for a period after the
    /// latest edition is written ahead of its data: <see cref="NoteAhead"/>.</summary>
    public const string OrphanNote = "RG2040";

    /// <summary>The section a note merges into (its <c>section:</c>, else the report's <c>notes_section:</c>) has no
    /// <c>## &lt;section&gt;</c> heading in the edition's rendered body.</summary>
    public const string NoteSectionMissing = "RG2041";

    /// <summary>A note's front matter has a key other than <c>section</c> and <c>author</c>, or a value that is not text.</summary>
    public const string BadNoteFrontMatter = "RG2042";

    /// <summary>Warning: a note for a period after the latest edition planned (written ahead of its data); it is merged once
    /// that edition is built.</summary>
    public const string NoteAhead = "RG2043";
}
