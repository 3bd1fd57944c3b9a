using System.Text.Json;
using Json.Schema;
using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Scaffolding;
using ReportGen.TestKit;

namespace ReportGen.Tests.Config;

/// <summary>
/// Issue 16: reportgen.yml, data/sources.yml and report front matter are validated against the JSON Schemas published in
/// schemas/, each mistake once, at its line and column. The cases reported in the issue (a mistyped 'tag:', an unknown
/// 'authors:', 'title: [a, b]', 'thresholds: 5', 'files: 42') were ignored or replaced by a default before.
/// </summary>
public sealed class SchemaValidationTests
{
    private const string Chips = "templates/reports/chips.sbn-md";

    private static readonly string[] SchemaFiles = ["reportgen.schema.json", "sources.schema.json", "report-front-matter.schema.json"];

    private static readonly string ChipsText = File.ReadAllText(Path.Combine(FixtureProject.FixturesDirectory, "mini", "templates", "reports", "chips.sbn-md"));

    public static TheoryData<string> Schemas => [.. SchemaFiles];

    [Fact]
    public void FrontMatter_MistypedTags_IsRG1070AtTheKey_WithDidYouMean()
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(ChipsText.Replace("\ntags: [chips]\n", "\ntag: [chips]\n", StringComparison.Ordinal), Chips, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal($"{Chips}:9:1: error RG1070: unknown key 'tag' in the front matter; did you mean 'tags'?", error.ToString());
        Assert.Null(report);
    }

    [Fact]
    public void FrontMatter_UnknownAuthors_IsRG1070AtTheKey_ListingTheKeys()
    {
        var diagnostics = new DiagnosticBag();

        ReportLoader.Parse(ChipsText.Replace("\ncadence:", "\nauthors: [Jane Doe]\ncadence:", StringComparison.Ordinal), Chips, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.SchemaUnknownKey, error.Code);
        Assert.Equal($"{Chips}:5:1", error.Location?.ToString());
        Assert.StartsWith("unknown key 'authors' in the front matter; expected one of 'angles', 'benchmarks', 'cadence', 'charts', 'faq', 'first_period', 'for_each', 'notes_section', 'only_with_fundamentals', 'series', 'summary', 'tags', 'title', 'universes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatter_TitleAList_IsRG1071AtTheValue()
    {
        var diagnostics = new DiagnosticBag();
        var text = ChipsText.Replace(ChipsText.Split('\n')[2], "title: [a, b]", StringComparison.Ordinal);

        var report = ReportLoader.Parse(text, Chips, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal($"{Chips}:3:8: error RG1071: 'title': expected a string, found a list", error.ToString());
        Assert.Null(report);
    }

    [Fact]
    public void FrontMatter_MissingCadence_IsRG1072AtTheMapping()
    {
        var diagnostics = new DiagnosticBag();

        ReportLoader.Parse(ChipsText.Replace("cadence: quarterly\n", string.Empty, StringComparison.Ordinal), Chips, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal($"{Chips}:2:1: error RG1072: the front matter lacks the required key 'cadence'; it needs title, summary, series, cadence, first_period", error.ToString());
    }

    [Fact]
    public void FrontMatter_MistypedCadence_IsRG1073AtTheValue_WithDidYouMean()
    {
        var diagnostics = new DiagnosticBag();

        ReportLoader.Parse(ChipsText.Replace("cadence: quarterly", "cadence: quartely", StringComparison.Ordinal), Chips, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal($"{Chips}:5:10: error RG1073: 'quartely' is not allowed in 'cadence'; did you mean 'quarterly'?", error.ToString());
    }

    [Fact]
    public void FrontMatter_NoFrontMatter_IsOneRG1072AtTheFileStart()
    {
        var diagnostics = new DiagnosticBag();

        ReportLoader.Parse("Just a body.\n", Chips, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal($"{Chips}:1:1: error RG1072: the front matter lacks the required keys 'title', 'summary', 'series', 'cadence', 'first_period'; it needs title, summary, series, cadence, first_period", error.ToString());
    }

    [Fact]
    public void SiteConfig_ThresholdsANumber_IsRG1071AtTheValue_AndTheDefaultsStand()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse("title: T\nthresholds: 5\nstress:\n  top: 2\n", diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("reportgen.yml:2:13: error RG1071: 'thresholds': expected a mapping, found a number (5)", error.ToString());
        Assert.Equal(new NarrativeThresholds(), config.Thresholds);
    }

    [Fact]
    public void SiteConfig_MistypedKeyAndWrongTypes_OneErrorEach()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse("titel: T\nraw_html: sometimes\nstress:\n  top: 0\n  shock: -0.2\n", diagnostics);

        Assert.Equal(
            [
                "reportgen.yml:1:1: error RG1070: unknown key 'titel' in reportgen.yml; did you mean 'title'?",
                "reportgen.yml:2:11: error RG1071: 'raw_html': expected true or false, found a string ('sometimes')",
                "reportgen.yml:4:8: error RG1073: 0 is not allowed in 'stress.top': it must be at least 1, e.g. 3",
            ],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void SiteConfig_EveryKeyTheReaderReads_Validates()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse(
            "title: T\npublisher: P\ndescription: D\nbase_url: https://example.org/x/\nlanguage: de\ndisclaimer: No advice.\nraw_html: true\nbenchmark: QQQ\n"
            + "thresholds:\n  surged: 0.2\n  rose: 0.03\n  edged_up: 0.01\n  matched: 0\nstress:\n  shock: -0.5\n  top: 5\npublishing:\n  max_data_age: 15\n",
            diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(("T", "P", "D", "https://example.org/x/", "de", "No advice.", true, "QQQ"), (config.Title, config.Publisher, config.Description, config.BaseUrl, config.Language, config.Disclaimer, config.AllowRawHtml, config.Benchmark));
        Assert.Equal(new NarrativeThresholds(0.2, 0.03, 0.01, 0), config.Thresholds);
        Assert.Equal(new StressSettings(-0.5, 5), config.Stress);
        Assert.Equal(15, config.MaxDataAge);
    }

    [Fact]
    public void FrontMatter_EveryKeyTheLoaderReads_Validates()
    {
        var diagnostics = new DiagnosticBag();
        var text = "---\nseries: S\ntitle: T\nsummary: U\ncadence: annual\nfirst_period: 2025\nuniverses: chips\nbenchmarks: [SPY, QQQ]\n"
            + "tags: [a, b]\nfaq: what-is-a-basket\nnotes_section: Notes\n"
            + "charts:\n  - id: perf-1\n    kind: relative-performance\n    title: C\n    universe: chips\n    securities: [NVDA, AMD]\n"
            + "    benchmark: SPY\n    window: since:2023-12-29\n    label: L\n    benchmark_label: B\n"
            + "angles:\n  - id: only_one\n    when: true\n    score: 1\n    headline: H\n    lede: L\n---\nBody.\n";

        var report = ReportLoader.Parse(text, "templates/reports/every-key.sbn-md", diagnostics);

        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        Assert.NotNull(report);
        Assert.Equal(["chips"], report.Universes);
        Assert.Equal(["SPY", "QQQ"], report.Benchmarks);
        Assert.Equal(["a", "b"], report.Tags);
        Assert.Equal(["what-is-a-basket"], report.Faq);
        var chart = Assert.Single(report.Charts);
        Assert.Equal(("perf-1", "C", "chips", "SPY", "L", "B"), (chart.Id, chart.Title, chart.Universe, chart.Benchmark, chart.Label, chart.BenchmarkLabel));
        Assert.Equal(["NVDA", "AMD"], chart.Securities);
        Assert.Equal("since:2023-12-29", chart.Window.ToString());
        Assert.Equal("only_one", Assert.Single(report.Angles).Id);
        Assert.Equal("Notes", report.Front.Scalar("notes_section"));
    }

    [Fact]
    public async Task Sources_FilesANumber_IsExactlyOneErrorAtItsLine()
    {
        using var project = new FixtureProject("mini");
        project.Write(ProjectLayout.SourcesFile, project.Read(ProjectLayout.SourcesFile).Replace("files: [prices/adjusted/*.csv]", "files: 42", StringComparison.Ordinal));

        var result = await BuildPipeline.RunAsync(new ReportGen.Project.BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("data/sources.yml:4:12: error RG1071: 'datasets[0].files': expected a list of strings or a string, found a number (42)", error.ToString());
    }

    [Fact]
    public void SampleAndFixtures_Validate_WithNoDiagnostic()
    {
        var projects = new[] { RepoPaths.Root }.Concat(Directory.GetDirectories(FixtureProject.FixturesDirectory)).ToList();
        var checkedFiles = 0;
        foreach (var root in projects)
        {
            var diagnostics = new DiagnosticBag();
            var layout = new ProjectLayout(root);
            Assert.True(YamlText.TryLoad(File.ReadAllText(layout.Config), out var config, out _), layout.Config);
            SchemaValidator.SiteConfig.Validate(config, ProjectLayout.ConfigFile, diagnostics);
            Assert.True(YamlText.TryLoad(File.ReadAllText(layout.Full(ProjectLayout.SourcesFile)), out var sources, out _), root);
            SchemaValidator.Sources.Validate(sources, ProjectLayout.SourcesFile, diagnostics);
            checkedFiles += 2;
            foreach (var report in Directory.GetFiles(layout.Reports, "*" + ProjectLayout.ReportExtension))
            {
                var front = FrontMatter.Parse(File.ReadAllText(report), report, diagnostics);
                Assert.NotNull(front);
                SchemaValidator.ReportFrontMatter.Validate(front.Data, report, diagnostics, lineOffset: 1);
                checkedFiles++;
            }

            Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        }

        Assert.True(checkedFiles >= 7, $"checked {checkedFiles} files"); // the sample's 2 + 3 reports, the mini fixture's 2 + 1
    }

    [Theory]
    [InlineData("weekly")]
    [InlineData("monthly")]
    [InlineData("quarterly")]
    [InlineData("annual")]
    public void NewReport_FrontMatter_Validates(string cadence)
    {
        using var project = new FixtureProject("mini");
        var created = ReportScaffolder.CreateReport(project.Root, "new-chips", cadence);
        Assert.Equal(ScaffoldOutcome.Created, created.Outcome);
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(project.Read("templates/reports/new-chips.sbn-md"), "templates/reports/new-chips.sbn-md", diagnostics);

        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        Assert.NotNull(report);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void PublishedSchema_IsValidDraft202012_AndIsWhatTheReadersUse(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", file));
        using var document = JsonDocument.Parse(text);

        var meta = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var embedded = new[] { SchemaValidator.SiteConfig, SchemaValidator.Sources, SchemaValidator.ReportFrontMatter }.Single(s => s.FileName == file);

        Assert.True(meta.IsValid, file);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(text, embedded.Text);
        Assert.NotNull(JsonSchema.FromText(text));
    }

    [Fact]
    public void MetaSchemaCheck_RefusesABrokenSchema()
    {
        using var document = JsonDocument.Parse("""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "strng", "minLength": -1 }""");

        var meta = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(meta.IsValid);
    }
}
