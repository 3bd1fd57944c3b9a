using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;
using Xunit.Abstractions;

namespace ReportGen.Tests.Data;

/// <summary>The real sample data shipped in data/ loads without errors.</summary>
public sealed class SampleDataTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_SampleData_LoadsWithZeroErrors()
    {
        var diagnostics = new DiagnosticBag();

        var data = LoadData.Run(RepoPaths.Root, diagnostics);

        foreach (var d in diagnostics.Sorted())
        {
            output.WriteLine(d.ToString());
        }

        output.WriteLine($"{data.Prices.Count} tickers with prices, {data.Securities.Count} securities, {data.Universes.Count} universes, {data.Dividends.Count} dividend files, {data.Fundamentals.Count} fundamentals snapshots, {data.FundFlows.Count} flow rows, {data.FundAum.Count} AUM rows, {data.FundOverviews.Count} overview snapshots");
        var errors = diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Run_SampleData_EveryUniverseMemberHasAdjustedClosesToTheAdjustedAsOf()
    {
        var data = LoadData.Run(RepoPaths.Root, new DiagnosticBag());
        var asOf = data.Sources["prices-adjusted"].AsOf;

        var lagging = data.Universes.Values
            .SelectMany(u => u.Members.Select(t => (u.Name, Ticker: t)))
            .Where(m => data.Prices[m.Ticker].AdjustedClose?.LastDate != asOf)
            .ToList();

        Assert.Empty(lagging);
    }
}
