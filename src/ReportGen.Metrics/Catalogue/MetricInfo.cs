namespace ReportGen.Metrics.Catalogue;

/// <summary>What the CLI and templates need to know about one metric without calling it.</summary>
/// <param name="Name">The metric's name as templates and errors know it, e.g. <c>total_return</c>.</param>
/// <param name="Area">Its folder: Returns, Risk, Universes, Valuation or Flows.</param>
/// <param name="Unit">The unit of its headline value.</param>
/// <param name="Summary">One sentence a reader understands.</param>
/// <param name="Source">Where the formula comes from.</param>
public sealed record MetricInfo(string Name, string Area, MetricUnit Unit, string Summary, string Source);
