using ReportGen.Checking.Scenarios;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Checking;

/// <summary>The sample project under every synthetic market: no edition fails to render, no sentence contradicts its figures.</summary>
public sealed class SampleScenariosTests
{
    [Fact]
    public async Task Sample_UnderEveryScenario_HasNoFinding()
    {
        // Act: every report of the repository's sample project, text only, in nine markets (about 15 s on two cores).
        var result = await ScenarioCheck.RunAsync(new BuildOptions(RepoPaths.Root), MarketScenarios.All, CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToDisplayString())));
        Assert.Equal(MarketScenarios.All.Count, result.Scenarios.Count);
        Assert.All(result.Scenarios, s => Assert.True(s.Claims > 0, $"{s.Name}: no claim checked"));
    }
}
