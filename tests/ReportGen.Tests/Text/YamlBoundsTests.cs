using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.TestKit;
using ReportGen.Tests.Cli;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>
/// Every YAML text ReportGen reads (reportgen.yml, data/sources.yml, report and FAQ front matter) is bounded before any
/// node is built: at most 100 aliases, 10,000 nodes with aliases expanded, 32 levels of nesting (the top-level mapping is
/// level 1); beyond that RG2030 at the
/// file, line and column where the limit was crossed, and exit 1.
/// </summary>
public sealed partial class YamlBoundsTests
{
    private const string Report = "templates/reports/chips.sbn-md";

    // width 10, 8 levels: the last anchor expands to 10^8 scalars. Used as a mapping key, YamlDotNet hashes the whole
    // expansion, which took about 1.5 s before the limit (10 levels: minutes). It is refused at the 8th '*l2' of line 4:
    // root, keys and anchors so far hold 1 + (1 + 11) + (1 + 111) + (1 + 1111) + (1 + 1) = 1239 nodes, each *l2 adds 1111.
    private static readonly string Bomb = AliasBomb(width: 10, levels: 8) + "? *l7\n: v\n";
    private const int BombLine = 4;
    private const int BombColumn = 10 + (7 * 5);

    /// <summary>Anchors l0..l(levels-1), each a list of <paramref name="width"/> aliases of the one before; line i+1 holds l(i).</summary>
    private static string AliasBomb(int width, int levels)
    {
        var sb = new StringBuilder();
        sb.Append("l0: &l0 [").AppendJoin(", ", Enumerable.Repeat("x", width)).Append("]\n");
        for (var i = 1; i < levels; i++)
        {
            sb.Append($"l{i}: &l{i} [").AppendJoin(", ", Enumerable.Repeat($"*l{i - 1}", width)).Append("]\n");
        }

        return sb.ToString();
    }

    private static string WithFrontMatter(string yaml) => "---\n" + yaml + "---\nBody.\n";

    [Fact]
    public void SiteConfig_AliasBombAsMappingKey_IsRefusedAtTheAliasThatCrossesTheLimit()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse(Bomb, diagnostics);

        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "RG2030");
        Assert.Equal($"reportgen.yml:{BombLine}:{BombColumn}: error RG2030: YAML too large: alias '*l2' makes more than 10,000 nodes with aliases expanded (each alias counts as a copy of its anchor); see README, Limits", error.ToString());
    }

    [Fact]
    public void FrontMatter_AliasBombAsMappingKey_IsRefusedAtItsFileLine()
    {
        var diagnostics = new DiagnosticBag();

        var front = FrontMatter.Parse(WithFrontMatter(Bomb), Report, diagnostics);

        // Not Assert.Null: on failure it would print the front matter, which expands the 10^8 nodes.
        Assert.True(front is null, "the front matter loaded");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.StartsWith($"{Report}:{BombLine + 1}:{BombColumn}: error RG2030: YAML too large: alias '*l2'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_AliasBombInReportFrontMatter_ExitsOneWithTheLocation()
    {
        using var project = new FixtureProject("mini");
        project.Write(Report, project.Read(Report).Replace("---\nseries:", "---\n" + Bomb + "series:", StringComparison.Ordinal));

        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.Contains($"{Report}:{BombLine + 1}:{BombColumn}: error RG2030: YAML too large", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Site));
    }

    [Fact]
    public async Task Check_AliasBombInReportgenYml_ExitsOneWithTheLocation()
    {
        using var project = new FixtureProject("mini");
        project.Write("reportgen.yml", project.Read("reportgen.yml") + Bomb);
        var line = project.Read("reportgen.yml").Split('\n').Length - Bomb.Split('\n').Length + BombLine;

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.Contains($"reportgen.yml:{line}:{BombColumn}: error RG2030: YAML too large", error, StringComparison.Ordinal);
    }

    /// <summary>101 aliases of a scalar: small, but past the alias limit, in each kind of YAML file.</summary>
    public static TheoryData<string> Files => ["reportgen.yml", "data/sources.yml", Report, "templates/faq/what-is-a-basket.md"];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryYamlFile_MoreThan100Aliases_IsRefusedAtThe101st(string path)
    {
        var yaml = "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 101)) + "]\n";
        var column = 5 + (100 * 4);

        var (diagnostics, firstYamlLine) = Load(path, yaml);

        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "RG2030");
        Assert.Equal($"{path}:{firstYamlLine + 1}:{column}: error RG2030: YAML too large: more than 100 aliases ('*name'); see README, Limits", error.ToString());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryYamlFile_NestingDeeperThan32_IsRefusedAtThe33rdLevel(string path)
    {
        // The top-level mapping is level 1, so the 32nd '[' opens level 33.
        var yaml = "a: " + new string('[', 32) + "x" + new string(']', 32) + "\n";

        var (diagnostics, firstYamlLine) = Load(path, yaml);

        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "RG2030");
        Assert.Equal($"{path}:{firstYamlLine}:{4 + 31}: error RG2030: YAML too large: nesting deeper than 32 levels; see README, Limits", error.ToString());
    }

    [Fact]
    public void Yaml_AliasThatExpandsBeyondTheDepthLimit_IsRefused()
    {
        // Each line nests at most 6 levels, but *d6 stands for 31 nested lists: inside 'e' (4 levels) that makes 35.
        var yaml = "d0: &d0 [x]\n" + string.Concat(Enumerable.Range(1, 6).Select(i => $"d{i}: &d{i} [[[[[*d{i - 1}]]]]]\n"));
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse(yaml + "e: [[[*d6]]]\n", diagnostics);

        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "RG2030");
        Assert.Equal("reportgen.yml:8:7: error RG2030: YAML too large: alias '*d6' nests deeper than 32 levels once expanded; see README, Limits", error.ToString());
    }

    [Fact]
    public void Yaml_AliasInsideItsOwnAnchor_IsRefused()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse("title: T\nloop: &a [x, *a]\n", diagnostics);

        var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("reportgen.yml:2:14: error RG2030: YAML too large: alias '*a' lies inside its own anchor, which would expand without end; see README, Limits", error.ToString());
    }

    [Fact]
    public void Yaml_WithinTheLimits_LoadsAsBefore()
    {
        // 98 aliases, 32 levels (the top-level mapping and 31 lists) and 9,939 nodes with aliases expanded are allowed.
        var yaml = new StringBuilder("title: T\n")
            .Append("a: &a [").AppendJoin(", ", Enumerable.Repeat("x", 99)).Append("]\n")
            .Append("b: [").AppendJoin(", ", Enumerable.Repeat("*a", 98)).Append("]\n")
            .Append("c: ").Append(new string('[', 31)).Append('x').Append(new string(']', 31)).Append('\n')
            .ToString();

        Assert.True(YamlText.TryLoad(yaml, out var root, out var error), error.Message);
        Assert.NotNull(root);
    }

    /// <summary>The project's own YAML and every fixture's pass the limits (and their other checks).</summary>
    [Fact]
    public void RealFiles_AreWithinTheLimits()
    {
        var roots = new[] { RepoPaths.Root }.Concat(Directory.EnumerateDirectories(FixtureProject.FixturesDirectory)).ToList();
        var checkedFiles = 0;
        foreach (var root in roots)
        {
            var files = new[] { Path.Combine(root, "reportgen.yml"), Path.Combine(root, "data", "sources.yml") }
                .Concat(Directory.EnumerateFiles(Path.Combine(root, "templates", "reports"), "*.sbn-md"))
                .Concat(Directory.Exists(Path.Combine(root, "templates", "faq")) ? Directory.EnumerateFiles(Path.Combine(root, "templates", "faq"), "*.md") : [])
                .Where(File.Exists);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var diagnostics = new DiagnosticBag();
                if (file.EndsWith(".yml", StringComparison.Ordinal))
                {
                    Assert.True(YamlText.TryLoad(text, out _, out var error), $"{file}:{error.Line}:{error.Column}: {error.Message}");
                }
                else
                {
                    Assert.NotNull(FrontMatter.Parse(text, file, diagnostics));
                }

                Assert.Empty(diagnostics.Sorted());
                checkedFiles++;
            }
        }

        Assert.True(checkedFiles >= 10, $"only {checkedFiles} files found");
    }

    /// <summary>Every YAML parse in src/ goes through YamlText, where the limits are: no other file builds a YamlDotNet parser.</summary>
    [Fact]
    public void Sources_ParseYamlOnlyThroughYamlText()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) is not ("YamlText.cs" or "YamlLimits.cs"))
            .Where(f => YamlParserUse().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"new\s+(YamlStream|Parser|MergingParser|DeserializerBuilder|Deserializer|YamlDotNet\.Core\.Parser)\s*\(|\.Load\s*\(\s*new\s+StringReader")]
    private static partial Regex YamlParserUse();

    /// <summary>Runs <paramref name="yaml"/> through the reader of <paramref name="path"/>; also returns the file line of the YAML's first line.</summary>
    private static (DiagnosticBag Diagnostics, int FirstYamlLine) Load(string path, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        switch (path)
        {
            case "reportgen.yml":
                SiteConfigReader.Parse(yaml, diagnostics);
                return (diagnostics, 1);
            case "data/sources.yml":
                SourcesFileReader.Parse(yaml, path, diagnostics);
                return (diagnostics, 1);
            case Report:
                ReportLoader.Parse(WithFrontMatter(yaml), path, diagnostics);
                return (diagnostics, 2);
            default:
                FaqLoader.Parse(WithFrontMatter(yaml), path, diagnostics);
                return (diagnostics, 2);
        }
    }
}
