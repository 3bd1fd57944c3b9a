namespace ReportGen.Project;

/// <summary>
/// Every path of a project (DESIGN §1): the inputs an editor writes (<c>reportgen.yml</c>, <c>data/</c>,
/// <c>templates/</c>, <c>notes/</c>), the default output (<c>site/</c>) and the build cache (<c>.reportgen-cache/</c>).
/// The constants are project-relative with '/' separators, as diagnostics print them; the instance members are full
/// paths under <see cref="Root"/>. No other type spells these names.
/// </summary>
public sealed class ProjectLayout
{
    /// <summary>Site settings: <c>reportgen.yml</c>.</summary>
    public const string ConfigFile = "reportgen.yml";

    /// <summary>Market data folder: <c>data</c>.</summary>
    public const string DataFolder = "data";

    /// <summary>Provenance of every data set: <c>data/sources.yml</c>.</summary>
    public const string SourcesFile = "data/sources.yml";

    /// <summary>Security master: <c>data/securities.csv</c>.</summary>
    public const string SecuritiesFile = "data/securities.csv";

    /// <summary>Universe membership: <c>data/universes.csv</c>.</summary>
    public const string UniversesFile = "data/universes.csv";

    /// <summary>Events calendar (optional): <c>data/events.csv</c>.</summary>
    public const string EventsFile = "data/events.csv";

    /// <summary>Templates folder: <c>templates</c>.</summary>
    public const string TemplatesFolder = "templates";

    /// <summary>Page shells: <c>templates/layouts</c>, one <c>&lt;name&gt;.sbn-html</c> each.</summary>
    public const string LayoutsFolder = "templates/layouts";

    /// <summary>Reusable fragments: <c>templates/partials</c>, one <c>&lt;name&gt;.sbn-html</c> each.</summary>
    public const string PartialsFolder = "templates/partials";

    /// <summary>Report series: <c>templates/reports</c>, one <c>&lt;slug&gt;.sbn-md</c> each.</summary>
    public const string ReportsFolder = "templates/reports";

    /// <summary>FAQ entries: <c>templates/faq</c>, one <c>*.md</c> each.</summary>
    public const string FaqFolder = "templates/faq";

    /// <summary>Files copied to <c>site/assets</c>: <c>templates/assets</c>.</summary>
    public const string AssetsFolder = "templates/assets";

    /// <summary>Editors' notes, one optional Markdown file per edition merged into its page: <c>notes</c>, as
    /// <c>notes/&lt;report-slug&gt;/&lt;period code&gt;.md</c> (<see cref="Note"/>).</summary>
    public const string NotesFolder = "notes";

    /// <summary>Extension of editors' notes.</summary>
    public const string NoteExtension = ".md";

    /// <summary>The publication ledger (docs/ledger.md): <c>published</c>, committed with the project, written only by a
    /// successful build.</summary>
    public const string PublishedFolder = "published";

    /// <summary>Default output folder: <c>site</c>.</summary>
    public const string DefaultOutputFolder = "site";

    /// <summary>Default build cache folder: <c>.reportgen-cache</c>.</summary>
    public const string CacheFolder = ".reportgen-cache";

    /// <summary>Extension of layouts and partials.</summary>
    public const string HtmlTemplateExtension = ".sbn-html";

    /// <summary>Extension of report templates.</summary>
    public const string ReportExtension = ".sbn-md";

    /// <summary>Creates the layout of the project at <paramref name="root"/>.</summary>
    /// <param name="root">The project folder (relative paths are taken from the current directory).</param>
    /// <exception cref="ArgumentException"><paramref name="root"/> is empty or blank.</exception>
    public ProjectLayout(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = root;
    }

    /// <summary>The entries of a project that a build reads and must never delete or write into, relative to the root.</summary>
    public static IReadOnlyList<string> Inputs { get; } = [DataFolder, TemplatesFolder, ConfigFile, NotesFolder, PublishedFolder];

    /// <summary>The input folders a build walks for source files (<see cref="SourceFiles"/>), relative to the root.</summary>
    public static IReadOnlyList<string> SourceFolders { get; } = [DataFolder, TemplatesFolder, NotesFolder];

    /// <summary>The project folder, as given.</summary>
    public string Root { get; }

    /// <summary>Full path of <see cref="ConfigFile"/>.</summary>
    public string Config => Full(ConfigFile);

    /// <summary>Full path of <see cref="DataFolder"/>.</summary>
    public string Data => Full(DataFolder);

    /// <summary>Full path of <see cref="TemplatesFolder"/>.</summary>
    public string Templates => Full(TemplatesFolder);

    /// <summary>Full path of <see cref="ReportsFolder"/>.</summary>
    public string Reports => Full(ReportsFolder);

    /// <summary>Full path of <see cref="PartialsFolder"/>.</summary>
    public string Partials => Full(PartialsFolder);

    /// <summary>Full path of <see cref="FaqFolder"/>.</summary>
    public string Faq => Full(FaqFolder);

    /// <summary>Full path of <see cref="AssetsFolder"/>.</summary>
    public string Assets => Full(AssetsFolder);

    /// <summary>Full path of <see cref="PublishedFolder"/>.</summary>
    public string Published => Full(PublishedFolder);

    /// <summary>Full path of <see cref="NotesFolder"/>.</summary>
    public string Notes => Full(NotesFolder);

    /// <summary>Full path of the default output folder <see cref="DefaultOutputFolder"/>.</summary>
    public string DefaultOutput => Full(DefaultOutputFolder);

    /// <summary>Full path of the default cache folder <see cref="CacheFolder"/>.</summary>
    public string DefaultCache => Full(CacheFolder);

    /// <summary>Project-relative path of layout <paramref name="name"/>: <c>base</c> → <c>templates/layouts/base.sbn-html</c>.</summary>
    /// <param name="name">The layout's name, without extension.</param>
    public static string Layout(string name) => $"{LayoutsFolder}/{name}{HtmlTemplateExtension}";

    /// <summary>Project-relative path of partial <paramref name="name"/>: <c>figure</c> → <c>templates/partials/figure.sbn-html</c>.</summary>
    /// <param name="name">The partial's name, without extension.</param>
    public static string Partial(string name) => $"{PartialsFolder}/{name}{HtmlTemplateExtension}";

    /// <summary>Project-relative path of the report template of series <paramref name="slug"/>: <c>templates/reports/&lt;slug&gt;.sbn-md</c>.</summary>
    /// <param name="slug">The series slug.</param>
    public static string Report(string slug) => $"{ReportsFolder}/{slug}{ReportExtension}";

    /// <summary>Project-relative path of the editor's note of one edition: <c>notes/&lt;slug&gt;/&lt;period&gt;.md</c>, e.g.
    /// <c>notes/ai-equities/2026-Q2.md</c>.</summary>
    /// <param name="slug">The series slug.</param>
    /// <param name="periodCode">The edition's period code as the period prints it: <c>2026-Q2</c>, <c>2026-06</c>, <c>2026-W14</c>, <c>2026</c>.</param>
    public static string Note(string slug, string periodCode) => $"{NotesFolder}/{slug}/{periodCode}{NoteExtension}";

    /// <summary>True when <paramref name="relativePath"/> ('/' separators, relative to the root) is an input a build reads.</summary>
    /// <param name="relativePath">A project-relative path.</param>
    public static bool IsInput(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return relativePath == ConfigFile
            || SourceFolders.Any(f => relativePath == f || relativePath.StartsWith(f + "/", StringComparison.Ordinal));
    }

    /// <summary>The full path of a project-relative path ('/' separators).</summary>
    /// <param name="relativePath">A path relative to the root, e.g. <c>data/sources.yml</c>.</param>
    public string Full(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }
}
