namespace ReportGen.Diagnostics;

/// <summary>Site-stage codes (RG5xxx): assembling pages, search, publishing.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>Pagefind (node on PATH and the npm package <c>pagefind</c> under node_modules) was not found; the site is built without search (warning).</summary>
    public const string SearchUnavailable = "RG5001";

    /// <summary>Pagefind ran but failed; the site is published without a search index (warning).</summary>
    public const string SearchFailed = "RG5002";

    /// <summary>Two inputs would write the same output path (e.g. two FAQ entries with one slug).</summary>
    public const string PathCollision = "RG5003";

    /// <summary>An FAQ entry is malformed: front matter without a question, or not valid YAML.</summary>
    public const string BadFaqEntry = "RG5004";

    /// <summary>The base URL (reportgen.yml <c>base_url</c> or <c>--base-url</c>) is not an absolute http(s) URL.</summary>
    public const string BadBaseUrl = "RG5005";

    /// <summary>The output folder may not be used: it is, contains or lies inside the project's inputs, is the file system
    /// root or a home folder, is a file, or is a non-empty folder without ReportGen's marker. A usage error; nothing is written.</summary>
    public const string OutputRefused = "RG5010";

    /// <summary>Another build holds the output folder's lock (its process id is in the message); nothing is written.</summary>
    public const string OutputLocked = "RG5011";

    /// <summary>Publishing failed (the disk is full, the previous site belongs to another user, ...); the previous site is unchanged.</summary>
    public const string PublishFailed = "RG5012";

    /// <summary><c>build --verify-cache</c> rendered a cached edition afresh and the result differs from the cache; nothing is published.</summary>
    public const string CacheMismatch = "RG5013";

    /// <summary>Two spellings of a tag ("AI" and "ai") have one URL slug and would share a page: write the tag one way.</summary>
    public const string TagSpellings = "RG5014";
}
