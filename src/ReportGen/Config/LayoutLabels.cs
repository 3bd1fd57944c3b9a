namespace ReportGen.Config;

/// <summary>
/// The fixed words of the layouts and partials (navigation, bylines, headings, table heads), which templates read as
/// <c>labels.&lt;key&gt;</c>: a built-in set per language (<see cref="SiteCulture"/>: English, German), with the
/// <c>labels:</c> map of reportgen.yml written over it key by key. Every key is listed, with its English default, in
/// schemas/reportgen.schema.json (<c>labels</c>), so a misspelt key is RG1070 with "did you mean". docs/languages.md.
/// </summary>
public static class LayoutLabels
{
    // key, English (the words the layouts always had), German.
    private static readonly (string Key, string En, string De)[] Table =
    [
        ("skip_to_content", "Skip to content", "Zum Inhalt springen"),
        ("site_navigation", "Site", "Website"),
        ("breadcrumb", "Breadcrumb", "Brotkrumen"),
        ("home", "Home", "Startseite"),
        ("archive", "Archive", "Archiv"),
        ("topics", "Topics", "Themen"),
        ("faq", "FAQ", "FAQ"),
        ("search", "Search", "Suche"),
        ("corrections", "Corrections", "Korrekturen"),
        ("atom_feed", "Atom feed", "Atom-Feed"),
        ("data_as_of", "Data as of", "Daten vom"),
        ("retrieved", "retrieved", "abgerufen"),
        ("published", "Published", "Veröffentlicht"),
        ("updated", "Updated", "Aktualisiert"),
        ("draft", "Draft", "Entwurf"),
        ("latest_editions", "Latest editions", "Neueste Ausgaben"),
        ("drafts", "Drafts", "Entwürfe"),
        ("earlier_editions", "Earlier editions", "Frühere Ausgaben"),
        ("recent_editions", "Recent editions", "Letzte Ausgaben"),
        ("every_edition_by_period", "Every edition, by period →", "Alle Ausgaben nach Zeitraum →"),
        ("how_notes_are_made", "How the notes are made", "Wie die Berichte entstehen"),
        ("all_questions", "All questions →", "Alle Fragen →"),
        ("no_editions", "No editions yet.", "Noch keine Ausgaben."),
        ("no_questions", "No questions yet.", "Noch keine Fragen."),
        ("questions_about_note", "Questions about this note", "Fragen zu diesem Bericht"),
        ("questions_about_series", "Questions about this series", "Fragen zu dieser Reihe"),
        ("answer_on_own_page", "This answer on its own page", "Diese Antwort auf einer eigenen Seite"),
        ("sources_and_figures", "Sources and figures", "Quellen und Zahlen"),
        ("every_figure", "Every figure on this page", "Alle Zahlen dieser Seite"),
        ("figure", "Figure", "Zahl"),
        ("metric", "Metric", "Kennzahl"),
        ("of", "Of", "Für"),
        ("inputs", "Inputs", "Eingaben"),
        ("source", "Source", "Quelle"),
        ("disclaimer", "Disclaimer", "Haftungsausschluss"),
        ("previous_and_next", "Previous and next editions", "Vorige und nächste Ausgabe"),
        ("previous", "Previous", "Vorige"),
        ("next", "Next", "Nächste"),
        ("first_edition", "This is the first edition.", "Dies ist die erste Ausgabe."),
        ("latest_edition", "This is the latest edition.", "Dies ist die neueste Ausgabe."),
        ("chart_data", "Chart data", "Daten der Grafik"),
        ("chart_csv", "Download the data (CSV)", "Daten herunterladen (CSV)"),
        ("pdf", "PDF", "PDF"),
        ("follow_series", "Follow this series", "Dieser Reihe folgen"),
        ("follow_topic", "Follow this topic", "Diesem Thema folgen"),
        ("topic", "Topic", "Thema"),
        ("editions", "Editions", "Ausgaben"),
        ("question", "Question", "Frage"),
        ("questions", "Questions", "Fragen"),
        ("other_questions", "Other questions", "Weitere Fragen"),
        ("used_in", "Used in:", "Verwendet in:"),
        ("no_corrections", "No published edition has been corrected.", "Keine veröffentlichte Ausgabe wurde korrigiert."),
        ("error_404", "Error 404", "Fehler 404"),
    ];

    /// <summary>Every label key, in the order of the table (the keys of <c>labels</c> in schemas/reportgen.schema.json).</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Table.Select(t => t.Key)];

    /// <summary>The labels of a site: the built-in set of <paramref name="culture"/>, then each of <paramref name="overrides"/> over it.</summary>
    /// <param name="culture">The site's culture; German gets the German set, every other culture the English one.</param>
    /// <param name="overrides">The <c>labels:</c> of reportgen.yml, key to text; keys not in <see cref="Keys"/> are ignored (the schema reports them).</param>
    /// <returns>Every key of <see cref="Keys"/> with its text.</returns>
    public static IReadOnlyDictionary<string, string> For(SiteCulture culture, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var german = ReferenceEquals(culture, SiteCulture.German);
        var labels = Table.ToDictionary(t => t.Key, t => german ? t.De : t.En, StringComparer.Ordinal);
        foreach (var (key, text) in overrides ?? new Dictionary<string, string>())
        {
            if (labels.ContainsKey(key))
            {
                labels[key] = text;
            }
        }

        return labels;
    }
}
