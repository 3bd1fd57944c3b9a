using System.Net;
using System.Text.RegularExpressions;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.ForEach;

namespace ReportGen.Tests.Site;

/// <summary>
/// Issue 15: "the fixture projects cover each report kind". The fixture project <c>mini</c> (prices of NVDA, AMD and SPY
/// to 2026-07-02) with a fundamentals snapshot of 2026-06-30 and SPY's daily net flows added, and one series of each kind
/// of <see cref="ReportKinds"/> written beside its 'chips' series: a market note, a fund monitor (monthly, with Flows), a
/// valuation essay (<c>only_with_fundamentals</c>, the median P/E of 'chips' against the rest of the snapshot) and a tear
/// sheet (<c>for_each</c>). One build; every edition page of each is read for the sections of its kind.
/// </summary>
public sealed class FixtureReportKindsTests
{
    private const string MarketNote = """
        ---
        series: Chips Note
        title: "Chips in {{ edition.period }}: {{ u.period_return | fmt.pct }}"
        summary: "The chips basket against SPY."
        cadence: quarterly
        first_period: 2026-Q1
        universes: [chips]
        benchmarks: [SPY]
        ---
        {{~ u = universe "chips"
        spy = security "SPY" ~}}
        The chips basket {{ move u.period_return }} in {{ edition.period }} {{ cite u.period_return }}.

        ## Key takeaways

        - SPY returned {{ spy.period_return | fmt.pct }}.

        ## Context

        Year to date the basket returned {{ u.ytd | fmt.pct }}.

        ## Data Deep Dive

        {{ for s in u.members }}{{ s.ticker }} {{ s.period_return | fmt.pct }}. {{ end }}

        ## Sector Implications

        Both members make chips.

        ## Risk Assessment

        {{ if spy.has_risk }}SPY's annualized volatility was {{ spy.volatility | fmt.pct_abs }}.{{ else }}Less than twelve months of prices: no annualized volatility yet.{{ end }}

        ## Outlook

        The next edition follows the same members.

        ## Perspective

        Two stocks are a small basket.

        ## Bottom Line

        {{ edition.period }}: {{ u.period_return | fmt.pct }}.

        ## FAQ

        ### What is in the basket?

        {{ for s in u.members }}{{ s.ticker }} {{ end }}
        """;

    private const string FundMonitor = """
        ---
        series: Fund Monitor
        title: "SPY in {{ edition.period }}"
        summary: "SPY's month and its flows."
        cadence: monthly
        first_period: 2026-05
        universes: [chips]
        benchmarks: [SPY]
        ---
        {{~ spy = security "SPY" ~}}
        SPY returned {{ spy.period_return | fmt.pct }} in {{ edition.period }} {{ cite spy.period_return }}.

        ## Key takeaways

        - The month's return was {{ spy.period_return | fmt.pct }}.

        ## Context

        Year to date: {{ spy.ytd | fmt.pct }}.

        ## Data Deep Dive

        The table of members is in the quarterly note.

        ## Sector Implications

        SPY holds every sector.

        ## Risk Assessment

        {{ if spy.has_risk }}Its annualized volatility was {{ spy.volatility | fmt.pct_abs }}.{{ else }}Less than twelve months of prices: no annualized volatility yet.{{ end }}

        ## Flows

        {{ if spy.has_flows }}Net flows into SPY in {{ edition.period }}: {{ spy.net_inflows_period | fmt.usd }} {{ cite spy.net_inflows_period }}.{{ else }}Our flow data does not cover {{ edition.period }}.{{ end }}

        ## Outlook

        The next edition reads the next month.

        ## Perspective

        One fund is a small monitor.

        ## Bottom Line

        {{ edition.period }}: {{ spy.period_return | fmt.pct }}.

        ## FAQ

        ### Where do the flows come from?

        From the fund-flows data set.
        """;

    private const string Essay = """
        ---
        series: Chips Valuation
        title: "Chips at {{ now.median_pe | fmt.multiple 1 }} trailing earnings in {{ edition.period }}"
        summary: "The median P/E of the chips basket against the rest of the snapshot."
        cadence: quarterly
        first_period: 2026-Q1
        only_with_fundamentals: true
        universes: [chips]
        benchmarks: [SPY]
        ---
        {{~ v = valuation "chips"
        now = v.latest ~}}
        The chips basket traded at a median {{ now.median_pe | fmt.multiple 1 }} trailing earnings {{ cite now.median_pe }}.

        ## Key takeaways

        - The gap to the rest was {{ now.premium | fmt.pct }}.

        ## The question

        How much more does the market pay for the basket's earnings?

        ## The gap through time

        The history holds {{ count_words v.snapshots "snapshot" }}.

        ## The arguments

        1. **The gap.** {{ now.premium | fmt.pct }} against {{ now.rest_median_pe | fmt.multiple 1 }} for the rest.

        ## What it means

        A single snapshot is a start.

        ## Bottom Line

        {{ edition.period }}: {{ now.median_pe | fmt.multiple 1 }}.

        ## FAQ

        ### Why the median?

        One extreme multiple cannot move it far.

        ## Method notes

        The median of the members with a positive P/E.
        """;

    private const string TearSheetBody = """
        ## Returns

        {{ item.name }} {{ move item.period_return }} in {{ edition.period }} {{ cite item.period_return }}.

        ## Risk

        {{ if item.has_risk }}Annualized volatility {{ item.volatility | fmt.pct_abs }}.{{ else }}Less than twelve months of prices: no annualized volatility yet.{{ end }}

        ## Valuation

        {{ if item.has_price_to_earnings }}Trailing P/E {{ item.price_to_earnings | fmt.multiple 1 }}.{{ else }}No snapshot of the index's financials dates from the quarter's end.{{ end }}

        """;

    private static readonly IReadOnlyDictionary<string, ReportKinds.Kind> Kinds = new Dictionary<string, ReportKinds.Kind>(StringComparer.Ordinal)
    {
        ["note"] = ReportKinds.MarketNote,
        ["monitor"] = ReportKinds.FundMonitor,
        ["essay"] = ReportKinds.Essay,
        ["tear"] = ReportKinds.TearSheet,
    };

    [Fact]
    public async Task EveryReportKind_BuildsInAFixtureProject_WithTheSectionsOfItsKind()
    {
        using var project = ForEachProject.Create(ForEachProject.Report(body: TearSheetBody));
        project.Write("templates/reports/note.sbn-md", MarketNote);
        project.Write("templates/reports/monitor.sbn-md", FundMonitor);
        project.Write("templates/reports/essay.sbn-md", Essay);
        Directory.CreateDirectory(project.PathOf("data/fundamentals"));
        project.Write("data/fundamentals/2026-06-30.csv", """
            Symbol,Name,Sector,Price,Price/Earnings,Market Cap
            NVDA,Nvidia,Information Technology,160,52.1,3900000000000
            AMD,Advanced Micro Devices,Information Technology,140,101.5,230000000000
            AAA,Alpha,Industrials,50,18.2,40000000000
            BBB,Beta,Utilities,60,21.4,30000000000
            CCC,Gamma,Health Care,70,25.0,20000000000
            DDD,Delta,Energy,80,-3.1,10000000000

            """);
        Directory.CreateDirectory(project.PathOf("data/funds"));
        project.Write("data/funds/flows.csv", "date,ticker,flow_usd\n2026-06-01,SPY,500000000\n2026-06-05,SPY,-200000000\n2026-06-10,SPY,300000000\n2026-06-15,SPY,100000000\n2026-06-19,SPY,200000000\n2026-06-24,SPY,100000000\n2026-06-30,SPY,200000000\n");
        project.Write("data/sources.yml", project.Read("data/sources.yml") + """
              - id: fundamentals
                title: Fundamentals snapshot
                files: [fundamentals/*.csv]
                supplier: Test fixture
                citation: Fixture fundamentals
                origin: this repository
                licence: Same as this repository
                retrieved: 2026-11-23
                as_of: 2026-06-30
              - id: fund-flows
                title: Daily net flows
                files: [funds/flows.csv]
                supplier: Test fixture
                citation: Fixture flows
                origin: this repository
                licence: Same as this repository
                retrieved: 2026-11-23
                as_of: 2026-06-30

            """);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var missing = new List<string>();
        foreach (var (series, kind) in Kinds)
        {
            var pages = series == "tear"
                ? Directory.GetDirectories(project.PathOf("site/securities")).SelectMany(ReportKinds.EditionPages).ToList()
                : ReportKinds.EditionPages(project.PathOf("site/reports/" + series)).ToList();
            Assert.True(pages.Count > 0, $"no edition of '{series}' ({kind.Name})");
            foreach (var page in pages)
            {
                var headings = ReportKinds.Sections(File.ReadAllText(page));
                missing.AddRange(kind.Sections.Where(s => !headings.Contains(s)).Select(s => $"{Path.GetRelativePath(project.Root, page)}: no '## {s}' ({kind.Name})"));
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));

        // The kinds' own data reached their pages: the essay's median P/E of the basket (NVDA 52.1 and AMD 101.5: 76.8x)
        // and the rest's (18.2, 21.4 and 25.0 with DDD's negative P/E left out: 21.4x), the monitor's June net flows
        // (seven rows, at most a week apart, adding up to 1.2bn), the tear sheet's P/E.
        var essay = project.Read("site/reports/essay/2026-q2/index.html");
        Assert.Contains("76.8x", essay, StringComparison.Ordinal);
        Assert.Contains("21.4x", essay, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.PathOf("site/reports/essay/2026-q1")), "2026-Q1 has no snapshot: the essay skips it");
        var june = project.Read("site/reports/monitor/2026-06/index.html");
        Assert.True(june.Contains("$1.2bn", StringComparison.Ordinal), Regex.Match(june, "<h2 id=\"flows\".{0,600}", RegexOptions.Singleline).Value);
        Assert.Contains("Our flow data does not cover", project.Read("site/reports/monitor/2026-05/index.html"), StringComparison.Ordinal);
        Assert.Contains("Trailing P/E", project.Read("site/securities/nvda/2026-q2/index.html"), StringComparison.Ordinal);
    }
}
