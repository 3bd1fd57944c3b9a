using System.Reflection;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Metrics.Tests.Catalogue;

public sealed class MetricCatalogueTests
{
    [Fact]
    public void All_EveryMetricClassWithAName_IsListedExactlyOnce()
    {
        // Arrange: every public static class in ReportGen.Metrics that declares `public const string Name`
        var names = typeof(MetricCatalogue).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed)
            .Select(t => t.GetField("Name", BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true })
            .Select(f => (string)f!.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Act
        var listed = MetricCatalogue.All.Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();

        // Assert
        Assert.Equal(names, listed);
    }

    [Fact]
    public void Find_UnknownName_ReturnsNull()
    {
        // Act & Assert
        Assert.Null(MetricCatalogue.Find("total_retrun"));
        Assert.Equal(Metrics.Catalogue.MetricUnit.FractionPerYear, MetricCatalogue.Find("annualized_volatility")!.Unit);
    }
}
