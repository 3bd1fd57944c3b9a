using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;
using ReportGen.Project;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Planning;

/// <summary>Reads every report series from <c>templates/reports/*.sbn-md</c>.</summary>
public static class ReportLoader
{
    private static readonly string[] Required = ["title", "summary", "series", "cadence", "first_period"];

    /// <summary>Loads all report files, in ordinal order of their file names.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="diagnostics">Where front-matter problems go (<see cref="DiagnosticCodes.BadFrontMatter"/>), each with its line.</param>
    /// <returns>The well-formed reports.</returns>
    public static IReadOnlyList<ReportDefinition> Run(string projectRoot, DiagnosticBag diagnostics)
    {
        var result = new List<ReportDefinition>();
        foreach (var full in SourceFiles.Enumerate(new ProjectLayout(projectRoot).Reports, "*" + ProjectLayout.ReportExtension, recursive: false))
        {
            var path = SourceFiles.Relative(projectRoot, full);
            var report = Parse(File.ReadAllText(full), path, diagnostics);
            if (report is not null)
            {
                result.Add(report with { ProjectRoot = projectRoot });
            }
        }

        return result;
    }

    /// <summary>Parses one report file.</summary>
    /// <param name="text">The file text.</param>
    /// <param name="path">Its project-relative path (the slug is its file name without <c>.sbn-md</c>).</param>
    /// <param name="diagnostics">Where problems go: RG1070-RG1073 when the front matter does not match
    /// <c>schemas/report-front-matter.schema.json</c> (<see cref="Config.SchemaValidator.ReportFrontMatter"/>), then
    /// <see cref="DiagnosticCodes.BadFrontMatter"/> and <see cref="DiagnosticCodes.BadAngle"/> for what the schema cannot
    /// check (a first period of the cadence's kind, a chart window's date, an angle id used twice).</param>
    /// <returns>The report, or null when its front matter is unusable.</returns>
    public static ReportDefinition? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var front = FrontMatter.Parse(text, path, diagnostics);
        if (front is null)
        {
            return null;
        }

        // Keys, types and allowed values first (schemas/report-front-matter.schema.json), each mistake at its node; a
        // report that does not match is not read further, so a mistake brings no follow-on errors.
        if (!Config.SchemaValidator.ReportFrontMatter.Validate(front.Data, path, diagnostics, lineOffset: front.BodyLine == 0 ? 0 : 1))
        {
            return null;
        }

        var missing = Required.Where(k => string.IsNullOrWhiteSpace(front.Scalar(k))).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.BadFrontMatter, $"front matter lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}; a report needs {string.Join(", ", Required)}", new SourceLocation(path, 1, 1));
            return null;
        }

        var slug = System.IO.Path.GetFileName(path)[..^".sbn-md".Length];
        if (!UrlSlug.IsValid(slug))
        {
            diagnostics.Error(DiagnosticCodes.BadFrontMatter, $"file name '{slug}' is not a URL slug; expected lower-case letters, digits and hyphens, e.g. ai-equities", SourceLocation.File(path));
            return null;
        }

        var cadenceText = front.Scalar("cadence")!;
        PeriodKind? cadence = cadenceText switch
        {
            "weekly" => PeriodKind.Week,
            "monthly" => PeriodKind.Month,
            "quarterly" => PeriodKind.Quarter,
            "annual" => PeriodKind.Year,
            _ => null,
        };
        if (cadence is null)
        {
            diagnostics.Error(DiagnosticCodes.BadFrontMatter, $"'{cadenceText}' in 'cadence' is not a cadence; expected weekly, monthly, quarterly or annual", new SourceLocation(path, front.LineOf("cadence"), 1));
            return null;
        }

        var firstText = front.Scalar("first_period")!;
        if (!Period.TryParse(firstText, out var first) || first.Kind != cadence)
        {
            diagnostics.Error(DiagnosticCodes.BadFrontMatter, $"'{firstText}' in 'first_period' is not a {cadenceText} period; expected e.g. {Period.Containing(cadence.Value, new DateOnly(2026, 3, 31))}", new SourceLocation(path, front.LineOf("first_period"), 1));
            return null;
        }

        var forEach = ForEachSpec.Parse(front, path, diagnostics, out var forEachValid);
        if (!forEachValid)
        {
            return null;
        }

        return new ReportDefinition(
            slug,
            path,
            text,
            front,
            front.Scalar("title")!,
            front.Scalar("summary")!,
            front.Scalar("series")!,
            cadence.Value,
            first,
            front.List("universes"),
            front.List("benchmarks"),
            front.List("tags"),
            front.List("faq"),
            Charts(front, path, diagnostics))
        {
            Angles = StoryAngle.Parse(front, path, diagnostics),
            ForEach = forEach,
            OnlyWithFundamentals = string.Equals(front.Scalar("only_with_fundamentals"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static List<ChartDeclaration> Charts(FrontMatter front, string path, DiagnosticBag diagnostics)
    {
        var result = new List<ChartDeclaration>();
        if (!front.Data.Children.TryGetValue(new YamlScalarNode("charts"), out var node) || node is not YamlSequenceNode list)
        {
            return result;
        }

        foreach (var item in list.Children)
        {
            var line = (int)item.Start.Line + 1;
            if (item is not YamlMappingNode map)
            {
                diagnostics.Error(DiagnosticCodes.BadFrontMatter, "each chart must be a mapping with 'id' and 'kind'", new SourceLocation(path, line, (int)item.Start.Column));
                continue;
            }

            string Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value ?? string.Empty : string.Empty;
            var securities = map.Children.TryGetValue(new YamlScalarNode("securities"), out var sv) && sv is YamlSequenceNode seq
                ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList()
                : [];
            var id = Get("id");
            var kindText = Get("kind");
            if (!UrlSlug.IsValid(id) || kindText.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.BadFrontMatter, $"chart needs an 'id' that is a URL slug (got '{id}') and a 'kind'", new SourceLocation(path, line, (int)item.Start.Column));
                continue;
            }

            if (!ChartKindNames.TryParse(kindText, out var kind))
            {
                diagnostics.Error(DiagnosticCodes.BadFrontMatter, $"unknown chart kind '{kindText}'; expected one of: {string.Join(", ", ChartKindNames.All)}", ValueLocation(map, "kind", path));
                continue;
            }

            var window = ChartWindow.Period;
            var windowText = Get("window");
            if (windowText.Length > 0 && !ChartWindow.TryParse(windowText, out window))
            {
                diagnostics.Error(DiagnosticCodes.BadFrontMatter, $"unknown chart window '{windowText}'; expected {ChartWindow.Expected}", ValueLocation(map, "window", path));
                continue;
            }

            List<string> List(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode items
                ? [.. items.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)]
                : [];
            var universes = List("universes");
            var labels = List("labels");
            if (universes.Count > 0 && kind is not (ChartKind.IndexedPerformance or ChartKind.RelativePerformance or ChartKind.Drawdown))
            {
                diagnostics.Error(DiagnosticCodes.ChartUniversesKind, $"chart '{id}': 'universes:' draws one equal-weight line per universe, which only line charts do; expected kind indexed-performance, relative-performance or drawdown, or 'universe:' for a {kindText} chart", ValueLocation(map, "universes", path));
                continue;
            }

            if (universes.Count > 0 && (Get("universe").Length > 0 || universes.Distinct(StringComparer.Ordinal).Count() != universes.Count))
            {
                diagnostics.Error(DiagnosticCodes.ChartUniversesConflict, $"chart '{id}': {(Get("universe").Length > 0 ? "give either 'universe:' (one line) or 'universes:' (one line each), not both" : "'universes:' names a universe twice")}; expected e.g. 'universes: [ai-infrastructure, hyperscalers, ai-software]'", ValueLocation(map, "universes", path));
                continue;
            }

            if (labels.Count > 0 && labels.Count != universes.Count)
            {
                diagnostics.Error(DiagnosticCodes.ChartLabelsMismatch, $"chart '{id}': 'labels:' gives {labels.Count} label(s) for {universes.Count} universe(s) of 'universes:'; expected one label per universe, in the same order", ValueLocation(map, "labels", path));
                continue;
            }

            result.Add(new ChartDeclaration(id, kind, Get("title"), Get("universe"), securities, Get("benchmark"), window, Get("label"), Get("benchmark_label"), line) { Universes = universes, Labels = labels });
        }

        return result;
    }

    /// <summary>Where the value of <paramref name="key"/> in a chart's mapping starts (file line: the YAML starts on line 2).</summary>
    private static SourceLocation ValueLocation(YamlMappingNode map, string key, string path)
    {
        var value = map.Children[new YamlScalarNode(key)];
        return new SourceLocation(path, (int)value.Start.Line + 1, (int)value.Start.Column);
    }
}
