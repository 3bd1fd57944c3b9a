using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReportGen.TestKit;

namespace ReportGen.Tests.Design;

/// <summary>
/// src/ReportGen compiled from source with Roslyn, so design tests can ask what each file really uses (resolved symbols,
/// not text matches): which folder's types, which framework APIs.
/// </summary>
internal sealed class SourceModel
{
    private static readonly Lazy<SourceModel> Instance = new(() => new SourceModel(Path.Combine(RepoPaths.Root, "src", "ReportGen")));

    private SourceModel(string root, IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        Root = root;
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Preview), path: f))
            .Concat((extraFiles ?? new Dictionary<string, string>()).Select(e => CSharpSyntaxTree.ParseText(e.Value, new CSharpParseOptions(LanguageVersion.Preview), path: Path.Combine(root, e.Key))))
            .ToList();

        // Everything the core assembly compiles against: the framework, and the packages and ReportGen.Metrics beside the
        // test assembly (the core itself is compiled here from source, so its built copy is left out).
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f) is not "ReportGen.Core.dll" and not "reportgen.dll" && !Path.GetFileName(f).StartsWith("ReportGen.Tests", StringComparison.Ordinal));
        var references = framework.Concat(beside)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .Select(f => MetadataReference.CreateFromFile(f));
        var globalUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            new CSharpParseOptions(LanguageVersion.Preview), path: "GlobalUsings.g.cs");
        Compilation = CSharpCompilation.Create(
            "ReportGen.Core",
            [.. trees, globalUsings],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        Files = [.. trees.Select(t => new SourceFile(Path.GetRelativePath(root, t.FilePath).Replace(Path.DirectorySeparatorChar, '/'), t, Compilation.GetSemanticModel(t)))];
    }

    /// <summary>The model of src/ReportGen, built once per test run.</summary>
    public static SourceModel Core => Instance.Value;

    /// <summary>The model of src/ReportGen plus probe files (path relative to src/ReportGen → C# text), to prove a check can fail.</summary>
    /// <param name="probes">The extra files.</param>
    public static SourceModel WithProbes(IReadOnlyDictionary<string, string> probes) => new(Path.Combine(RepoPaths.Root, "src", "ReportGen"), probes);

    /// <summary>Full path of src/ReportGen.</summary>
    public string Root { get; }

    /// <summary>The compilation of every source file.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>Every source file, ordinal by path.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Compile errors of one file (path relative to src/ReportGen), for a probe: binding only that file is much
    /// faster than <see cref="Errors"/>.</summary>
    /// <param name="path">The file, e.g. <c>Facts/Probe.cs</c>.</param>
    public IReadOnlyList<string> ErrorsIn(string path) =>
        [.. Files.Single(f => f.Path == path).Model.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())];

    /// <summary>Compile errors other than those a source generator would have resolved (so the semantic model is complete).</summary>
    public IReadOnlyList<string> Errors =>
        [.. Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id is not "CS8795" and not "CS9248") // [GeneratedRegex] partials
            .Select(d => d.ToString())];
}

/// <summary>One source file of src/ReportGen and what it uses.</summary>
/// <param name="Path">Path relative to src/ReportGen, '/' separators, e.g. <c>Facts/EditionScope.cs</c>.</param>
/// <param name="Tree">Its syntax tree.</param>
/// <param name="Model">Its semantic model.</param>
internal sealed record SourceFile(string Path, SyntaxTree Tree, SemanticModel Model)
{
    // Resolved once: the dependency and forbidden-API tests both walk every file of the same model (binding every name
    // is most of their time).
    private List<(ISymbol Symbol, int Line)>? _used;

    /// <summary>The top-level folder the file lives in (<c>Facts</c>), or empty for a file at the root.</summary>
    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.IndexOf('/', StringComparison.Ordinal)] : string.Empty;

    /// <summary>Every symbol a name in the file resolves to, with its line (1-based).</summary>
    public IReadOnlyList<(ISymbol Symbol, int Line)> UsedSymbols() => _used ??= [.. Resolve()];

    private IEnumerable<(ISymbol Symbol, int Line)> Resolve()
    {
        foreach (var name in Tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var info = Model.GetSymbolInfo(name);
            var symbols = info.Symbol is { } s ? ImmutableArray.Create(s) : info.CandidateSymbols;
            foreach (var symbol in symbols)
            {
                yield return (symbol, name.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
            }
        }
    }

    /// <summary>The outermost named type a symbol is, or belongs to; null for namespaces, locals and the like.</summary>
    /// <param name="symbol">A symbol used in the file.</param>
    public static INamedTypeSymbol? TypeOf(ISymbol symbol)
    {
        var type = symbol switch
        {
            INamedTypeSymbol t => t,
            IMethodSymbol { ReducedFrom: { } ext } => ext.ContainingType,
            _ when symbol.Kind is SymbolKind.Method or SymbolKind.Property or SymbolKind.Field or SymbolKind.Event => symbol.ContainingType,
            _ => null,
        };
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type?.OriginalDefinition;
    }
}
