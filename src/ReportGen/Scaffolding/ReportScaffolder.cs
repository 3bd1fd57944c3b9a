using System.Globalization;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Scaffolding;

/// <summary>
/// <c>reportgen new report &lt;slug&gt;</c>: writes <c>templates/reports/&lt;slug&gt;.sbn-md</c>, a small report that builds at
/// once against the project's data: its universe is the first one in data/universes.csv, its benchmark the house
/// benchmark of reportgen.yml when it has adjusted closes (else the first ticker that has them), and its first period the one before the last complete one.
/// </summary>
public static class ReportScaffolder
{
    /// <summary>Creates the report file.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="slug">The report's slug (file name and URL segment), e.g. <c>chip-monthly</c>.</param>
    /// <param name="cadence">weekly, monthly, quarterly or annual.</param>
    /// <returns>The outcome: the project-relative path written, or why nothing was written.</returns>
    public static ScaffoldResult CreateReport(string projectRoot, string slug, string cadence)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        ArgumentNullException.ThrowIfNull(slug);
        if (!UrlSlug.IsValid(slug))
        {
            return ScaffoldResult.Usage($"'{slug}' is not a slug; expected lower-case letters, digits and hyphens, e.g. chip-monthly");
        }

        PeriodKind? kind = cadence switch
        {
            "weekly" => PeriodKind.Week,
            "monthly" => PeriodKind.Month,
            "quarterly" => PeriodKind.Quarter,
            "annual" => PeriodKind.Year,
            _ => null,
        };
        if (kind is null)
        {
            return ScaffoldResult.Usage($"'{cadence}' is not a cadence; expected weekly, monthly, quarterly or annual");
        }

        var path = ProjectLayout.Report(slug);
        var full = new ProjectLayout(projectRoot).Full(path);
        if (File.Exists(full))
        {
            return ScaffoldResult.Failed($"{path} already exists; choose another slug or edit that file");
        }

        var diagnostics = new DiagnosticBag();
        var house = SiteConfigReader.Read(projectRoot, diagnostics).Benchmark;
        var data = LoadData.Run(projectRoot, diagnostics, house);
        if (diagnostics.HasErrors)
        {
            return ScaffoldResult.Failed("the project's data has errors; run 'reportgen check' and fix them first", diagnostics.Sorted());
        }

        var universe = FirstUniverse(projectRoot, data);
        if (universe is null)
        {
            return ScaffoldResult.Failed(ProjectLayout.UniversesFile + " names no universe whose members all have adjusted closes; add one first");
        }

        var benchmark = data.Prices.TryGetValue(house, out var spy) && spy.AdjustedClose is not null
            ? house
            : data.Prices.Where(p => p.Value.AdjustedClose is not null).Select(p => p.Key).Order(StringComparer.Ordinal).First();
        var last = data.Prices[benchmark].AdjustedClose!.LastDate!.Value;
        var first = Period.Containing(kind.Value, last).Previous().Previous();
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Template(slug, cadence, first, universe, benchmark));
        return ScaffoldResult.Created(path, universe, benchmark, first);
    }

    private static string? FirstUniverse(string projectRoot, MarketData data)
    {
        // data/universes.csv order, not dictionary order: "the first universe" is the one an editor sees first.
        var file = new ProjectLayout(projectRoot).Full(ProjectLayout.UniversesFile);
        var names = File.Exists(file)
            ? File.ReadLines(file).Skip(1).Select(l => l.Split(',')[0].Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            : data.Universes.Keys.Order(StringComparer.Ordinal);
        return names.FirstOrDefault(n => data.Universes.TryGetValue(n, out var u) && u.Members.All(t => data.Prices.TryGetValue(t, out var p) && p.AdjustedClose is not null));
    }

    private static string Template(string slug, string cadence, Period first, string universe, string benchmark)
    {
        var name = string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            ---
            series: {{name}}
            title: "{{name}}: {{universe}} {{"{{"}} verb u.period_return {{"}}"}} {{"{{"}} u.period_return | fmt.pct_abs {{"}}"}} in {{"{{"}} edition.period {{"}}"}}"
            summary: "An equal-weight basket of {{universe}} {{"{{"}} compare gap '{{benchmark}}' {{"}}"}} in {{"{{"}} edition.period {{"}}"}}."
            cadence: {{cadence}}
            first_period: {{first}}
            universes: [{{universe}}]
            benchmarks: [{{benchmark}}]
            tags: [{{slug}}]
            charts:
              - id: performance
                kind: indexed-performance
                universe: {{universe}}
                benchmark: {{benchmark}}
                title: "{{universe}} vs {{benchmark}}, {{"{{"}} edition.period {{"}}"}}"
            ---
            {{"{{"}}~
            u = universe "{{universe}}"
            bench = security "{{benchmark}}"
            gap = spread u.period_return bench.period_return
            ~{{"}}"}}
            The {{universe}} basket {{"{{"}} move u.period_return {{"}}"}} in {{"{{"}} edition.period {{"}}"}} and {{"{{"}} compare gap "{{benchmark}}" {{"}}"}} {{"{{"}} cite u.period_return {{"}}"}}.

            ## Ranking

            {{"{{"}} best_of u.members "the basket" {{"}}"}}; {{"{{"}} worst_of u.members "the basket" {{"}}"}}.

            {{"{{"}} chart "performance" {{"}}"}}

            ## Members

            | Ticker | {{"{{"}} edition.period {{"}}"}} |
            |:--|--:|
            {{"{{"}}~ for s in u.leaders ~{{"}}"}}
            | {{"{{"}} s.ticker {{"}}"}} | {{"{{"}} s.period_return | fmt.pct {{"}}"}} |
            {{"{{"}}~ end ~{{"}}"}}

            """);
    }
}
