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
        ["Site"],
        ["Incremental"],
        ["Pipeline"],
        ["Checking", "Inspection", "Scaffolding"],
    ];

    [Fact]
    public void SourceModel_Compiles_WithoutErrors()
    {
        // Act
        var errors = SourceModel.Core.Errors;

        // Assert: an incomplete semantic model would under-report dependencies.
        Assert.Empty(errors);
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
    public void DependencyCheck_ReportsAUseOfALaterFolder()
    {
        // Arrange: the check itself must be able to fail. Facts/EditionScope.cs uses Data (earlier, allowed); seen from
        // a folder ranked before Data, the same use is a violation.
        var use = Uses().First(u => u.File == "Facts/EditionScope.cs" && u.To == "Data");

        // Act
        var allowed = Rank(use.To) < Rank(use.From);
        var fromEarlier = Rank(use.To) < Rank("Project");

        // Assert
        Assert.True(allowed);
        Assert.False(fromEarlier);
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

    // Every use of a type from another folder of src/ReportGen: file, line, using folder, used folder, type name.
    private static List<(string File, int Line, string From, string To, string Type)> Uses()
    {
        var folderOfNamespace = SourceModel.Core.Files.Select(f => f.Folder).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var uses = new List<(string, int, string, string, string)>();
        foreach (var file in SourceModel.Core.Files)
        {
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
