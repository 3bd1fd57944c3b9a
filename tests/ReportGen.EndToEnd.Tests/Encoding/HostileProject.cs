using ReportGen.TestKit;

namespace ReportGen.EndToEnd.Tests.Encoding;

/// <summary>
/// A copy of the mini fixture project whose data carries HTML and script: security names in data/securities.csv that
/// try to open a script, break out of an attribute with quotes, inject an event handler or a Markdown javascript: link,
/// and a report whose front-matter tag and chart label do the same. Every payload sets <c>window.__pwned</c> (and most
/// open a dialog) if it ever runs.
/// </summary>
public static class HostileProject
{
    public const string ScriptName = "<script>window.__pwned='script';alert('script')</script>Nvidia";
    public const string QuoteName = "AMD \"Advanced\" Micro's <img src=x onerror=\"window.__pwned='img';alert('img')\">";
    public const string MarkdownName = "[SPY click](javascript:window.__pwned='md') *ETF* </script><!-- & done";
    public const string Tag = "\"><svg onload=\"window.__pwned='tag'\">";
    public const string ChartLabel = "Chips' \"basket\" <img src=x onerror=alert('alt')>";

    /// <summary>Every hostile string, as a reader should see it: literally.</summary>
    public static IReadOnlyList<string> Payloads { get; } = [ScriptName, QuoteName, MarkdownName, Tag, ChartLabel];

    /// <summary>Copies the mini fixture to a temp folder and writes the hostile data and report into it.</summary>
    public static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "reportgen-e2e", $"hostile-{Guid.NewGuid():N}");
        FixtureProject.CopyFixture("mini", root);

        File.WriteAllText(Path.Combine(root, "data", "securities.csv"), $"""
            ticker,name,kind,sector,industry
            AMD,{Csv(QuoteName)},stock,Information Technology,Semiconductors
            NVDA,{Csv(ScriptName)},stock,Information Technology,Semiconductors
            SPY,{Csv(MarkdownName)},etf,,

            """.ReplaceLineEndings("\n"));
        // The report below writes its own HTML (a paragraph of spans whose title attributes hold the hostile names), which
        // a site must allow; what is tested is that data stays inert inside such author-written attributes.
        File.AppendAllText(Path.Combine(root, "reportgen.yml"), "raw_html: true\n");
        var reports = Path.Combine(root, "templates", "reports");
        foreach (var report in Directory.EnumerateFiles(reports))
        {
            File.Delete(report);
        }

        File.WriteAllText(Path.Combine(reports, "chips.sbn-md"), $$$"""
            ---
            series: Chips Quarterly
            title: "Chips {{ verb u.period_return }} {{ u.period_return | fmt.pct_abs }} as {{ top.name }} leads"
            summary: "{{ top.name }} and {{ spy.name }}: {{ compare gap 'the S&P 500' }}."
            cadence: quarterly
            first_period: 2026-Q1
            universes: [chips]
            benchmarks: [SPY]
            tags: [chips, {{{Yaml(Tag)}}}]
            charts:
              - id: performance
                kind: indexed-performance
                universe: chips
                benchmark: SPY
                title: "Chips vs {{ (security 'SPY').name }}, {{ edition.period }}"
                label: {{{Yaml(ChartLabel)}}}
                benchmark_label: {{{Yaml(MarkdownName)}}}
            ---
            {{~
            u = universe "chips"
            spy = security "SPY"
            gap = spread u.period_return spy.period_return
            top = u.leaders | array.first
            ~}}
            {{ top.name }} led, and {{ spy.name }} trailed {{ cite u.period_return }}.

            ## {{ top.name }}

            {{ chart "performance" }}

            | Company | Ticker | {{ edition.period }} |
            |:--|:--|--:|
            {{~ for s in u.leaders ~}}
            | {{ s.name }} | {{ s.ticker }} | {{ s.period_return | fmt.pct }} |
            {{~ end ~}}

            <p class="members">{{ for s in u.leaders }}<span title="{{ s.name }}">{{ s.name }}</span> {{ end }}</p>

            """.ReplaceLineEndings("\n"));
        return root;
    }

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
