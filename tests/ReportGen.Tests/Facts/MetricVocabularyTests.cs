using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Inspection;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>One metric vocabulary (<see cref="MetricNames"/>): what views compute and what <c>reportgen metrics</c> prints use it.</summary>
public sealed class MetricVocabularyTests
{
    private static readonly Period Quarter = Period.Parse("2026-Q2");
    private static readonly Lazy<MarketData> Sample = new(() => LoadData.Run(RepoPaths.Root, new DiagnosticBag()));

    [Fact]
    public void EveryFigureAViewComputes_IsNamedFromTheVocabulary()
    {
        var scope = EditionScope.For(Sample.Value, Quarter, new DateOnly(2026, 6, 30), [], SiteConfigReader.Read(RepoPaths.Root, new DiagnosticBag()));

        var metrics = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var subject in scope.Data.Universes.Keys.Concat(scope.Data.Prices.Keys))
        {
            metrics.UnionWith(MetricInspector.Inspect(scope, subject).Rows.Where(r => r.Value is not null).Select(r => r.Value!.Metric));
        }

        foreach (var u in scope.Data.Universes.Keys.Select(scope.Universe).Where(u => u.HasFundamentals))
        {
            metrics.UnionWith(new[] { u.Stress.Shock, u.Stress.Holdings, u.Stress.ShockedWeight, u.Stress.UniverseImpact, u.Stress.IndexImpact, u.Stress.ValueChange }.Select(v => v.Metric));
            metrics.UnionWith(u.Members.Select(m => m.Milestone?.Threshold.Metric).OfType<string>());
        }

        Assert.True(metrics.Count >= 30, $"only {metrics.Count} metrics computed: {string.Join(", ", metrics)}");
        Assert.All(metrics, m => Assert.Contains(m, MetricNames.All));
    }

    [Theory]
    [InlineData("universe", "ai-leaders")]
    [InlineData("security", "NVDA")]
    [InlineData("security", "SMH")]
    public void EveryNameMetricsPrints_IsAcceptedByATemplateAndGivesTheSameFigure(string kind, string subject)
    {
        var config = SiteConfigReader.Parse(string.Empty, new DiagnosticBag()); // what TemplateHarness renders with
        var rows = MetricInspector.Inspect(Sample.Value, subject, Quarter, config).Rows.Where(r => r.Value is not null).ToList();

        var wrong = rows
            .Select(r => (r.Name, Output: TemplateHarness.Render($"{{{{ if ({kind} \"{subject}\").{r.Name}.metric == \"{r.Value!.Metric}\" }}}}same{{{{ else }}}}different{{{{ end }}}}", Quarter, "vocabulary", Sample.Value)))
            .Where(x => x.Output != "same")
            .Select(x => $"{x.Name}: {x.Output}")
            .ToList();

        Assert.True(rows.Count >= 5, $"only {rows.Count} figures of {subject} computed");
        Assert.Empty(wrong);
        Assert.All(rows, r => Assert.Contains(r.Value!.Metric, MetricNames.All));
    }

    [Fact]
    public void TheVocabulary_ListsEveryNameOnceAndEveryEngineNameThatFiguresCarry()
    {
        var names = MetricNames.All;

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9_]*$", n));
        // The engine's HHI, effective-holdings and market-cap formulas name their errors as their figures are published.
        Assert.Contains(Metrics.Universes.HerfindahlIndex.Name, names);
        Assert.Contains(Metrics.Universes.EffectiveHoldings.Name, names);
        Assert.Contains(Metrics.Valuation.MarketCapitalization.Name, names);
    }
}
