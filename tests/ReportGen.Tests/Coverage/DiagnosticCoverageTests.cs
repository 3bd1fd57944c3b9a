using System.Reflection;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.TestKit;

namespace ReportGen.Tests.Coverage;

/// <summary>
/// Issue 13: every diagnostic code is exercised by a test. A code counts when a test file under tests/ (other than this
/// one) names it, as <c>DiagnosticCodes.Name</c> or as its literal <c>RGnnnn</c>.
/// </summary>
public sealed class DiagnosticCoverageTests
{
    [Fact]
    public void EveryDiagnosticCode_IsNamedByATest()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.GetRawConstantValue() is string)
            .Select(f => (f.Name, Code: (string)f.GetRawConstantValue()!))
            .ToList();
        var tests = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != nameof(DiagnosticCoverageTests) + ".cs")
            .Select(File.ReadAllText)
            .ToList();

        var unnamed = codes.Where(c => !tests.Any(t => t.Contains("DiagnosticCodes." + c.Name, StringComparison.Ordinal) || Regex.IsMatch(t, $@"\b{c.Code}\b"))).ToList();

        Assert.True(codes.Count > 40, $"only {codes.Count} codes found");
        Assert.Empty(unnamed.Select(c => $"{c.Name} ({c.Code})"));
    }
}
