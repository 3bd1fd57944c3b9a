using System.Globalization;
using System.Text;

namespace ReportGen.Benchmarks.Pages;

/// <summary>
/// The same Markdown pages for ReportGen and Hugo: <see cref="Count"/> files with YAML front matter (title, date) and a
/// commentary-like body (headings, paragraphs with emphasis, code and links, a list, a pipe table), generated from a
/// seeded <see cref="Random"/>, so every run and both generators see identical bytes. Written under /dev/shm (this VM's
/// disk is slow and erratic for many small files), with a Hugo site around them and one layout for each generator.
/// </summary>
public static class PageCorpus
{
    public const int Count = 10_000;

    /// <summary>The corpus folder: <c>content/posts/*.md</c>, <c>layouts/</c>, <c>hugo.toml</c>, and the two output folders.</summary>
    public static string Root => Environment.GetEnvironmentVariable("REPORTGEN_BENCH_PAGES") ?? "/dev/shm/reportgen-bench/pages";

    public static string Content => Path.Combine(Root, "content", "posts");

    public static string ReportGenOutput => Path.Combine(Root, "out-reportgen");

    public static string HugoOutput => Path.Combine(Root, "out-hugo");

    /// <summary>The one Scriban layout ReportGen's side uses (the same markup as <see cref="HugoLayout"/>).</summary>
    public const string ScribanLayout = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{ page.title }} · {{ site.title }}</title>
        <link rel="stylesheet" href="/assets/style.css">
        </head>
        <body>
        <header><a href="/">{{ site.title }}</a></header>
        <main>
        <article>
        <h1>{{ page.title }}</h1>
        <p class="byline">{{ site.publisher }} · <time datetime="{{ page.date }}">{{ page.date }}</time></p>
        {{ page.content }}
        </article>
        </main>
        <footer>{{ site.publisher }}</footer>
        </body>
        </html>

        """;

    /// <summary>Hugo's single-page layout, the same markup as <see cref="ScribanLayout"/>.</summary>
    public const string HugoLayout = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{ .Title }} · {{ .Site.Title }}</title>
        <link rel="stylesheet" href="/assets/style.css">
        </head>
        <body>
        <header><a href="/">{{ .Site.Title }}</a></header>
        <main>
        <article>
        <h1>{{ .Title }}</h1>
        <p class="byline">{{ .Site.Params.publisher }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
        {{ .Content }}
        </article>
        </main>
        <footer>{{ .Site.Params.publisher }}</footer>
        </body>
        </html>

        """;

    /// <summary>Single pages only (no lists, feeds, sitemap or taxonomies); Goldmark without typographer and linkify, as Markdig is set up.</summary>
    public const string HugoConfig = """
        baseURL = "https://example.org/"
        title = "Bench Notes"
        disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [params]
        publisher = "Bench Research"
        [markup.goldmark.extensions]
        typographer = false
        linkify = false
        [markup.goldmark.renderer]
        unsafe = true

        """;

    /// <summary>Writes the corpus unless a complete one with the same count is already there.</summary>
    public static void EnsureCreated()
    {
        var stamp = Path.Combine(Root, "corpus.done");
        if (File.Exists(stamp) && File.ReadAllText(stamp) == Count.ToString(CultureInfo.InvariantCulture))
        {
            WriteSiteFiles();   // the layouts and settings are cheap to rewrite; the pages are kept
            return;
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        Directory.CreateDirectory(Content);
        WriteSiteFiles();
        var random = new Random(20261123);
        for (var i = 0; i < Count; i++)
        {
            File.WriteAllText(Path.Combine(Content, Slug(i) + ".md"), Page(i, random));
        }

        File.WriteAllText(stamp, Count.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteSiteFiles()
    {
        Directory.CreateDirectory(Path.Combine(Root, "layouts", "_default"));
        File.WriteAllText(Path.Combine(Root, "hugo.toml"), HugoConfig);
        File.WriteAllText(Path.Combine(Root, "layouts", "_default", "single.html"), HugoLayout);
        File.WriteAllText(Path.Combine(Root, "layout.sbn-html"), ScribanLayout);
    }

    public static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"note-{i:D5}");

    private static readonly string[] Words =
    [
        "semiconductor", "equities", "basket", "returns", "quarter", "benchmark", "valuation", "earnings", "momentum", "drawdown",
        "volatility", "hyperscalers", "capital", "spending", "margins", "guidance", "revenue", "demand", "supply", "cohort",
        "index", "weight", "dispersion", "leaders", "laggards", "rotation", "flows", "investors", "multiple", "growth",
    ];

    private static string Page(int i, Random random)
    {
        var sb = new StringBuilder();
        var date = new DateOnly(2020, 1, 1).AddDays(i % 2000);
        sb.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"Market note {i}: {Sentence(random, 5).TrimEnd('.')}\"\ndate: {date:yyyy-MM-dd}\n---\n\n");
        sb.Append(Paragraph(random)).Append("\n\n");
        foreach (var section in new[] { "Context", "Data Deep Dive", "Outlook" })
        {
            sb.Append("## ").Append(section).Append("\n\n");
            sb.Append(Paragraph(random)).Append("\n\n").Append(Paragraph(random)).Append("\n\n");
        }

        for (var k = 0; k < 5; k++)
        {
            sb.Append("- ").Append(Sentence(random, 8)).Append('\n');
        }

        sb.Append("\n| Ticker | Return | Weight | Note |\n|:--|--:|--:|:--|\n");
        for (var k = 0; k < 6; k++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| T{random.Next(100, 999)} | {random.NextDouble() * 40 - 20:F1}% | {random.NextDouble() * 10:F2}% | {Word(random)} |\n");
        }

        sb.Append('\n').Append(Paragraph(random)).Append('\n');
        return sb.ToString();
    }

    private static string Paragraph(Random random)
    {
        var sb = new StringBuilder();
        for (var s = 0; s < 4; s++)
        {
            var sentence = Sentence(random, random.Next(10, 18));
            sb.Append(random.Next(5) switch
            {
                0 => "**" + sentence[..sentence.IndexOf(' ', StringComparison.Ordinal)] + "**" + sentence[sentence.IndexOf(' ', StringComparison.Ordinal)..],
                1 => "*" + sentence.TrimEnd('.') + "*.",
                2 => sentence.TrimEnd('.') + " (see [the data](https://example.org/data/" + Word(random) + ")).",
                3 => sentence.TrimEnd('.') + ", measured by `" + Word(random) + "`.",
                _ => sentence,
            }).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = Word(random);
            sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w + 1 < words ? " " : ".");
        }

        return sb.ToString();
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];
}
