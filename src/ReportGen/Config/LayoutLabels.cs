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
        ("more_questions", "More questions about these notes:", "Weitere Fragen zu diesen Berichten:"),
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
        // Sentences with slots: {name} is filled by the layout ('fill' in a layout, LayoutLabels.Format in code). A
        // label given in reportgen.yml must keep the slots of its default (RG1091).
        ("draft_banner", "{period} is not over: the figures use data to {as_of} and will change when the period closes. Drafts are left out of the feed, the sitemap and search.", "{period} ist noch nicht abgeschlossen: Die Zahlen beruhen auf Daten bis {as_of} und ändern sich, bis der Zeitraum endet. Entwürfe erscheinen nicht im Feed, in der Sitemap und in der Suche."),
        ("drafts_note", "Periods still in progress: their figures will change until the period closes.", "Laufende Zeiträume: Ihre Zahlen ändern sich, bis der Zeitraum endet."),
        ("figures_hint", "Each highlighted figure shows its metric, inputs, source and as-of date when you hover over it or move to it with the Tab key. All {count} are listed below and in {csv}.", "Jede hervorgehobene Zahl zeigt Kennzahl, Eingaben, Quelle und Datenstand, wenn Sie mit der Maus darauf zeigen oder sie mit der Tabulatortaste ansteuern. Alle {count} stehen unten und in {csv}."),
        ("figure_in_text", "Figure {number} in the text", "Zahl {number} im Text"),
        ("figures_print", "All {count} figures, with metric, inputs and source: {url}", "Alle {count} Zahlen mit Kennzahl, Eingaben und Quelle: {url}"),
        ("link_home_page", "home page", "Startseite"),
        ("link_archive", "archive", "Archiv"),
        ("link_search", "search", "Suche"),
        ("link_topics", "topics", "Themen"),
        ("not_found_title", "Page not found", "Seite nicht gefunden"),
        ("not_found_summary", "The page you asked for is not here.", "Die gewünschte Seite gibt es hier nicht."),
        ("not_found_text", "The page may have moved, or the address may be mistyped. Try the {home}, the {archive} or {search}.", "Die Seite wurde vielleicht verschoben, oder die Adresse ist falsch geschrieben. Versuchen Sie es mit der {home}, dem {archive} oder der {search}."),
        ("search_summary", "Search every edition and FAQ entry.", "Alle Ausgaben und FAQ-Einträge durchsuchen."),
        ("search_needs_js", "Search needs JavaScript. Every edition is listed in the {archive} and under {topics}.", "Die Suche braucht JavaScript. Alle Ausgaben stehen im {archive} und unter {topics}."),
        ("search_failed", "The search index could not be loaded. Every edition is listed in the {archive} and under {topics}.", "Der Suchindex konnte nicht geladen werden. Alle Ausgaben stehen im {archive} und unter {topics}."),
        ("search_unavailable", "Search is unavailable: this copy of the site was built without its search index. Every edition is listed in the {archive} and under {topics}.", "Die Suche ist nicht verfügbar: Diese Kopie der Website wurde ohne Suchindex erstellt. Alle Ausgaben stehen im {archive} und unter {topics}."),
        ("correction_title", "Correction, {date}.", "Korrektur vom {date}."),
        ("correction_text", "This edition was revised after it was published. {previous} is kept as it was.", "Diese Ausgabe wurde nach der Veröffentlichung überarbeitet. {previous} bleibt unverändert erhalten."),
        ("correction_items", "Changed items: {count} (old → new, and why)", "Geänderte Angaben: {count} (alt → neu und warum)"),
        ("update_title", "Update, {date}.", "Ergänzung vom {date}."),
        ("update_text", "Figures were added to this edition after it was published; none of the figures it had published changed. {previous} is kept as it was.", "Dieser Ausgabe wurden nach der Veröffentlichung Zahlen hinzugefügt; keine der veröffentlichten Zahlen hat sich geändert. {previous} bleibt unverändert erhalten."),
        ("update_count", "Figures added: {count}, listed on the edition's page: {edition}.", "Ergänzte Zahlen: {count}, aufgeführt auf der Seite der Ausgabe: {edition}."),
        ("update_kicker", "{series} · {period} · figures added {date} · {previous}", "{series} · {period} · Zahlen ergänzt am {date} · {previous}"),
        ("version_number", "Version {number}", "Version {number}"),
        ("earlier_version", "Earlier version", "Frühere Version"),
        ("superseded_title", "Version {number}, as first published.", "Version {number}, wie zuerst veröffentlicht."),
        ("superseded_text", "It was corrected on {date}: {current}.", "Sie wurde am {date} korrigiert: {current}."),
        ("read_current_version", "read the current version", "zur aktuellen Version"),
        ("correction_why", "Why:", "Grund:"),
        ("correction_kicker", "{series} · {period} · corrected {date} · {previous}", "{series} · {period} · korrigiert am {date} · {previous}"),
        ("version_as_first_published", "version {number} as first published", "Version {number} wie zuerst veröffentlicht"),
        ("corrections_summary", "Every correction to a published edition, newest first: what changed, from what to what, and why.", "Jede Korrektur einer veröffentlichten Ausgabe, neueste zuerst: was sich änderte, von welchem zu welchem Wert und warum."),
        ("edition_count_one", "{count} edition", "{count} Ausgabe"),
        ("edition_count_other", "{count} editions", "{count} Ausgaben"),
        ("question_count_one", "{count} question", "{count} Frage"),
        ("question_count_other", "{count} questions", "{count} Fragen"),
        ("series_summary", "Every edition of {series}, newest first.", "Alle Ausgaben von {series}, neueste zuerst."),
        ("series_feed_summary", "Every published edition of {series} and its corrections, newest first.", "Alle veröffentlichten Ausgaben von {series} und ihre Korrekturen, neueste zuerst."),
        ("faq_title", "Frequently asked questions", "Häufig gestellte Fragen"),
        ("faq_summary", "How the notes are made: methodology, data and definitions.", "Wie die Berichte entstehen: Methodik, Daten und Definitionen."),
        ("archive_summary", "Every published edition, by period, newest first.", "Alle veröffentlichten Ausgaben nach Zeitraum, neueste zuerst."),
        ("topic_title", "Topic: {topic}", "Thema: {topic}"),
        ("topic_summary", "Editions and questions tagged “{topic}”, newest first.", "Ausgaben und Fragen zum Thema „{topic}“, neueste zuerst."),
        ("topic_feed_summary", "Every published edition tagged “{topic}” and its corrections, newest first.", "Alle veröffentlichten Ausgaben zum Thema „{topic}“ und ihre Korrekturen, neueste zuerst."),
        ("source_line", "{title}: {supplier}, from {origin}. {licence}", "{title}: {supplier}, aus {origin}. {licence}"),
        ("latest_edition_note", "The latest edition, {period}; {permanent}, and every edition {below}.", "Die neueste Ausgabe, {period}; {permanent} und alle Ausgaben {below}."),
        ("link_permanent_page", "its permanent page", "ihre dauerhafte Seite"),
        ("link_below", "below", "weiter unten"),
        ("every_edition_on", "Every edition on {name}", "Alle Ausgaben zu {name}"),
        ("securities", "Securities", "Wertpapiere"),
        ("securities_summary", "Every security with a page of its own: its latest tear sheet and every earlier edition.", "Jedes Wertpapier mit eigener Seite: sein neuestes Datenblatt und alle früheren Ausgaben."),
        ("security", "Security", "Wertpapier"),
        ("ticker", "Ticker", "Ticker"),
        ("kind", "Kind", "Art"),
        ("latest", "Latest", "Neueste"),
        ("topics_summary", "Every topic tag, with the number of editions and questions under it.", "Alle Themen mit der Zahl ihrer Ausgaben und Fragen."),
        ("notes_mentioning", "Notes that mention {name}", "Berichte, die {name} erwähnen"),
        ("notes_mentioning_summary", "Our notes with data up to {as_of} that name {ticker}, newest first.", "Unsere Berichte mit Daten bis {as_of}, die {ticker} nennen, neueste zuerst."),
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

    /// <summary>The slot names of a label's text, in order of first appearance: <c>{period}</c> and <c>{as_of}</c> in
    /// "{period} is not over: … data to {as_of} …" give <c>period</c>, <c>as_of</c>. A slot is <c>{</c>, lower-case
    /// letters or underscores, <c>}</c>; other braces are text.</summary>
    /// <param name="text">A label's text.</param>
    /// <returns>The distinct slot names; empty for a label without slots.</returns>
    public static IReadOnlyList<string> Slots(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string>();
        foreach (var (_, _, name) in Parts(text))
        {
            if (name is not null && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The slots of the built-in (English) text of <paramref name="key"/>, which a project's own text for the key
    /// must keep (<see cref="Slots"/>); empty for an unknown key.</summary>
    /// <param name="key">A label key, e.g. <c>draft_banner</c>.</param>
    public static IReadOnlyList<string> DefaultSlots(string key) =>
        Table.FirstOrDefault(t => t.Key == key) is { Key: not null } entry ? Slots(entry.En) : [];

    /// <summary>A label's text with each slot replaced by its value, as plain text (page titles, summaries, feed subtitles).</summary>
    /// <param name="text">The label's text, e.g. "Topic: {topic}".</param>
    /// <param name="values">Slot name to value, e.g. <c>topic</c> to "semiconductors".</param>
    /// <returns>The filled text, e.g. "Topic: semiconductors".</returns>
    /// <exception cref="KeyNotFoundException">The text has a slot <paramref name="values"/> does not fill.</exception>
    public static string Format(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Fill(text, name => values.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"the label \"{text}\" has a slot {{{name}}} that nothing fills; expected one of: {string.Join(", ", values.Keys)}"));
    }

    /// <summary>A label's text with each slot replaced by <paramref name="slot"/>'s value for it; the text between slots
    /// goes through <paramref name="literal"/> (e.g. HTML escaping).</summary>
    /// <param name="text">The label's text.</param>
    /// <param name="slot">The value of a slot, by name; may throw for a slot it cannot fill.</param>
    /// <param name="literal">What to do with the text between slots; unchanged when null.</param>
    /// <returns>The filled text.</returns>
    public static string Fill(string text, Func<string, string> slot, Func<string, string>? literal = null)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var result = new System.Text.StringBuilder(text.Length + 32);
        foreach (var (start, length, name) in Parts(text))
        {
            result.Append(name is null ? (literal ?? (t => t))(text.Substring(start, length)) : slot(name));
        }

        return result.ToString();
    }

    // The text as runs: (start, length, null) for literal text, (start, length, name) for a slot "{name}".
    private static IEnumerable<(int Start, int Length, string? Name)> Parts(string text)
    {
        var literalStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '{')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] is (>= 'a' and <= 'z') or '_'))
                {
                    end++;
                }

                if (end < text.Length && end > i + 1 && text[end] == '}')
                {
                    if (i > literalStart)
                    {
                        yield return (literalStart, i - literalStart, null);
                    }

                    yield return (i, end + 1 - i, text[(i + 1)..end]);
                    i = end + 1;
                    literalStart = i;
                    continue;
                }
            }

            i++;
        }

        if (text.Length > literalStart)
        {
            yield return (literalStart, text.Length - literalStart, null);
        }
    }
}
