using ReportGen.EndToEnd.Tests.TestKit;

namespace ReportGen.EndToEnd.Tests.Validity;

/// <summary>Every page of the sample site is valid HTML by the W3C Nu checker: zero errors.</summary>
public sealed class SampleSiteValidityTests
{
    [Fact]
    public async Task EveryPage_PassesTheNuHtmlChecker()
    {
        using var site = await BuiltSite.BuildAsync(RepoPaths.Root);

        var errors = await NuHtmlChecker.ErrorsAsync(site.Output);

        Assert.NotEmpty(site.Pages());
        Assert.True(errors.Count == 0, $"{errors.Count} error(s) in {site.Pages().Count} page(s):\n{string.Join("\n", errors)}");
    }
}
