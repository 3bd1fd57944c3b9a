namespace ReportGen.Tests.Design;

/// <summary>
/// The folders of src/ReportGen read as the pipeline of DESIGN §1, in order: the leaf folders (Diagnostics, Project,
/// Config), then load data, compute metrics (Facts), plan editions, render text, render charts, write site, then the
/// caches, the build that runs the stages, and the commands built on it. A folder may use only folders before it.
/// </summary>
public sealed class DependencyTests
{
    /// <summary>Folders in stage order; folders in one group are peers and may not use each other.</summary>
    private static readonly string[][] Order =
    [
        ["Diagnostics"],
        ["Project"],
        ["Config"],
        ["Data"],
        ["Facts"],
        ["Planning"],
        ["Text"],
        ["Charts"],
        ["Publishing"],
        ["Site"],
        ["Incremental"],
        ["Sharding"],
        ["Pipeline"],
        ["Checking", "Inspection", "Scaffolding"],
    ];

    [Fact]
    public void SourceModel_Compiles_WithoutErrors()
    {
        // Act
        var errors = SourceModel.Core.Errors;

        // Assert: an incomplete semantic model would under-report dependencies.
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void EveryFolder_HasAPlaceInTheStageOrder()
    {
        // Arrange
        var known = Order.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);

        // Act
        var unplaced = SourceModel.Core.Files.Select(f => f.Folder).Distinct(StringComparer.Ordinal).Where(f => !known.Contains(f)).Order(StringComparer.Ordinal).ToList();

        // Assert
        Assert.Empty(unplaced);
    }

    [Fact]
    public void EveryFile_DeclaresTheNamespaceOfItsFolder()
    {
        // Act
        var wrong = SourceModel.Core.Files
            .SelectMany(f => f.Tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>()
                .Select(n => n.Name.ToString())
                .DefaultIfEmpty("(none)")
                .Where(n => n != "ReportGen." + f.Folder && !n.StartsWith("ReportGen." + f.Folder + ".", StringComparison.Ordinal))
                .Select(n => $"{f.Path}: namespace {n}"))
            .ToList();

        // Assert
        Assert.Empty(wrong);
    }

    [Fact]
    public void Folders_UseOnlyEarlierFolders()
    {
        // Act
        var violations = Uses()
            .Where(u => Rank(u.To) >= Rank(u.From))
            .Select(u => $"{u.File}:{u.Line}: {u.From} uses {u.To}.{u.Type}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // Assert
        Assert.True(violations.Count == 0, "uses of a later folder:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void UncutMarketData_IsNotNamedByTheRenderingStages()
    {
        // Act: text and charts see an edition's facts (the data cut at its as-of date), never the loaded data itself.
        var named = Uses().Where(u => u.To == "Data" && u.Type is "MarketData" && u.From is "Text" or "Charts")
            .Select(u => $"{u.File}:{u.Line}").Distinct(StringComparer.Ordinal).ToList();

        // Assert
        Assert.True(named.Count == 0, "uncut MarketData named in: " + string.Join(", ", named));
    }

    [Fact]
    public void FolderGraph_HasNoCycle()
    {
        // Arrange
        var edges = Uses().Select(u => (u.From, u.To)).Distinct().ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var folders = Order.SelectMany(g => g).ToList();

        // Act: a cycle is a folder reachable from itself.
        var cyclic = folders.Where(start => Reachable(start, edges).Contains(start)).ToList();

        // Assert
        Assert.True(cyclic.Count == 0, "folders on a cycle: " + string.Join(", ", cyclic));
    }

    [Fact]
    public void DependencyCheck_ReportsEveryKindOfUseOfALaterFolder()
    {
        // Arrange: a probe file in Facts that reaches the later Text and Charts folders in each way C# allows.
        var probe = """
            using ReportGen.Text;
            using static ReportGen.Charts.ChartTheme;

            namespace ReportGen.Facts;

            [System.Obsolete(nameof(ReportGen.Text.RenderMode))]
            internal static class Probe
            {
                internal static readonly List<EditionText> Generic = [];
                internal static readonly int Static = Width;
                internal static string Extension(HtmlFragment f) => f.ToString();
            }
            """;
        var model = SourceModel.WithProbes(new Dictionary<string, string> { ["Facts/Probe.cs"] = probe });

        // Act
        var found = UsesIn(model, only: "Facts/Probe.cs").Select(u => $"{u.To}.{u.Type}").ToHashSet(StringComparer.Ordinal);

        // Assert: the using directive, a type in a generic argument, a member through 'using static', a parameter type
        // and a nameof are each reported, and each is a use of a later folder.
        Assert.Empty(model.ErrorsIn("Facts/Probe.cs"));
        Assert.Contains("Text.(using)", found);
        Assert.Contains("Charts.(using)", found);
        Assert.Contains("Text.EditionText", found);
        Assert.Contains("Charts.ChartTheme", found);
        Assert.Contains("Text.HtmlFragment", found);
        Assert.Contains("Text.RenderMode", found);
        Assert.All(found, f => Assert.True(Rank(f[..f.IndexOf('.', StringComparison.Ordinal)]) > Rank("Facts"), f));
    }

    private static HashSet<string> Reachable(string start, ILookup<string, string> edges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(edges[start]);
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var n in edges[next])
                {
                    stack.Push(n);
                }
            }
        }

        return seen;
    }

    private static int Rank(string folder)
    {
        for (var i = 0; i < Order.Length; i++)
        {
            if (Order[i].Contains(folder, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // Every use of a type from another folder of src/ReportGen (and every using directive naming another folder's
    // namespace): file, line, using folder, used folder, type name.
    private static readonly Lazy<List<(string File, int Line, string From, string To, string Type)>> CoreUses = new(() => UsesIn(SourceModel.Core));

    private static List<(string File, int Line, string From, string To, string Type)> Uses(SourceModel? model = null) => model is null ? CoreUses.Value : UsesIn(model);

    private static List<(string File, int Line, string From, string To, string Type)> UsesIn(SourceModel model, string? only = null)
    {
        var folderOfNamespace = model.Files.Select(f => f.Folder).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var uses = new List<(string, int, string, string, string)>();
        foreach (var file in model.Files.Where(f => only is null || f.Path == only))
        {
            foreach (var directive in file.Tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax>())
            {
                var name = directive.NamespaceOrType.ToString().Split('.');
                if (name.Length >= 2 && name[0] == "ReportGen" && folderOfNamespace.Contains(name[1]) && name[1] != file.Folder)
                {
                    uses.Add((file.Path, directive.GetLocation().GetLineSpan().StartLinePosition.Line + 1, file.Folder, name[1], "(using)"));
                }
            }

            foreach (var (symbol, line) in file.UsedSymbols())
            {
                if (SourceFile.TypeOf(symbol) is not { } type || !type.Locations.Any(l => l.IsInSource))
                {
                    continue;
                }

                var ns = type.ContainingNamespace.ToDisplayString().Split('.');
                if (ns.Length >= 2 && ns[0] == "ReportGen" && folderOfNamespace.Contains(ns[1]) && ns[1] != file.Folder)
                {
                    uses.Add((file.Path, line, file.Folder, ns[1], type.Name));
                }
            }
        }

        return uses;
    }
}
