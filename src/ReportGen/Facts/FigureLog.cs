namespace ReportGen.Facts;

/// <summary>The figures of one page, in order of appearance. Not thread-safe: one per page render.</summary>
public sealed class FigureLog
{
    private readonly List<Figure> _figures = [];

    /// <summary>Figures recorded so far, in order.</summary>
    public IReadOnlyList<Figure> Figures => _figures;

    /// <summary>Records a printed figure and returns it with its id.</summary>
    /// <param name="text">The printed text.</param>
    /// <param name="value">The metric value.</param>
    /// <param name="citation">The citation text of its sources.</param>
    public Figure Record(string text, MetricValue value, string citation)
    {
        var figure = new Figure(_figures.Count + 1, text, value, citation);
        _figures.Add(figure);
        return figure;
    }
}
