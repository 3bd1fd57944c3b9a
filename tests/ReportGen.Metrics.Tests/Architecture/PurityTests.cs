using System.Text.RegularExpressions;
using ReportGen.TestKit;

namespace ReportGen.Metrics.Tests.Architecture;

/// <summary>The metrics project stays pure: no I/O, no clock, no ambient culture, no package references (STYLE §5.2, §5.8).</summary>
public sealed partial class PurityTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "ReportGen.Metrics");

    [Fact]
    public void MetricsSource_ForbiddenApis_NoneUsed()
    {
        // Arrange
        var files = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        // Act
        var offences = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => Forbidden().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Source, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        // Assert
        Assert.Empty(offences);
    }

    [Fact]
    public void MetricsProject_PackageReferences_None()
    {
        // Act
        var csproj = File.ReadAllText(Path.Combine(Source, "ReportGen.Metrics.csproj"));

        // Assert
        Assert.DoesNotContain("PackageReference", csproj, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"System\.IO|\bFile\.|\bDirectory\.|DateTime\.(Now|UtcNow|Today)|DateOnly\.FromDateTime\(DateTime\.|CurrentCulture|Guid\.NewGuid|new Random\(|Environment\.")]
    private static partial Regex Forbidden();
}
