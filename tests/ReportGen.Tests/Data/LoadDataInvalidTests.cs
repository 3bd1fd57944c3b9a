using System.Reflection;
using ReportGen.Diagnostics;

namespace ReportGen.Tests.Data;

/// <summary>Every invalid fixture prints exactly its expected diagnostics, and every RG1xxx code has a fixture.</summary>
public sealed class LoadDataInvalidTests
{
    [Theory]
    [MemberData(nameof(InvalidDataCases.Data), MemberType = typeof(InvalidDataCases))]
    public void Run_InvalidFixture_ReportsExactDiagnostics(InvalidDataCase c)
    {
        using var sut = InvalidDataCases.Build(c);

        var (_, diagnostics) = sut.Load();

        var printed = diagnostics.Sorted()
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Code == c.Code)
            .Select(d => d.ToString())
            .ToArray();
        Assert.Equal(c.Expected, printed);
    }

    [Fact]
    public void Load_StaleDataSetMarkedFinal_IsNotReportedAsStale()
    {
        // Case 201's data set ends 39 days before the newest one; 'final:' says the editor knows it will not be extended.
        var stale = InvalidDataCases.All.Single(c => c.Name == "201-RG1022-stale-data-set");
        var final = stale with { Txtar = stale.Txtar.Replace("    as_of: 2025-12-01\n", "    as_of: 2025-12-01\n    final: the origin stopped publishing in December 2025\n", StringComparison.Ordinal) };
        Assert.NotEqual(stale.Txtar, final.Txtar);
        using var sut = InvalidDataCases.Build(final);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal("the origin stopped publishing in December 2025", data!.Sources["old-prices"].Final);
    }

    [Fact]
    public void InvalidFixtures_CoverEveryDataCode()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.GetRawConstantValue() is string s && s.StartsWith("RG1", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();
        var covered = InvalidDataCases.All
            .Where(c => c.Expected.Any(e => e.Contains($" {c.Code}: ", StringComparison.Ordinal)))
            .Select(c => c.Code)
            .Concat(InvalidDataCases.CheckedBeforeLoading)
            .Concat(InvalidDataCases.LedgerFiles)
            .Concat(InvalidDataCases.SiteSettings)
            .Concat(InvalidDataCases.ForEachCodes)
            .Concat(InvalidDataCases.ChartUniversesCodes)
            .ToHashSet();

        Assert.Empty(codes.Except(covered).Order());
    }

    [Fact]
    public void InvalidFixtures_NamesAreUnique()
    {
        var names = InvalidDataCases.All.Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
