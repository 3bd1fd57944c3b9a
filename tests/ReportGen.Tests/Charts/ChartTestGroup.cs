namespace ReportGen.Tests.Charts;

/// <summary>Chart tests run one at a time: one of them changes ScottPlot's global default fonts on purpose.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChartTestGroup
{
    public const string Name = "Charts (ScottPlot global fonts)";
}
