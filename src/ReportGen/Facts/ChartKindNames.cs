namespace ReportGen.Facts;

/// <summary>The front-matter spelling of each <see cref="ChartKind"/> (<c>kind: indexed-performance</c>): one name per kind.</summary>
public static class ChartKindNames
{
    private static readonly (ChartKind Kind, string Name)[] Table =
    [
        (ChartKind.IndexedPerformance, "indexed-performance"),
        (ChartKind.RelativePerformance, "relative-performance"),
        (ChartKind.Drawdown, "drawdown"),
        (ChartKind.SortedReturns, "sorted-returns"),
        (ChartKind.Contribution, "contribution"),
        (ChartKind.Flows, "flows"),
        (ChartKind.MarketCap, "market-cap"),
        (ChartKind.Valuation, "valuation"),
        (ChartKind.RiskReturn, "risk-return"),
        (ChartKind.ValuationHistory, "valuation-history"),
    ];

    /// <summary>Every accepted name, in catalogue order (DESIGN §6), e.g. for "expected one of: ..." in a diagnostic.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The front-matter name of <paramref name="kind"/>, e.g. <c>market-cap</c>.</summary>
    /// <param name="kind">A chart kind.</param>
    /// <returns>Its kebab-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value outside the enum.</exception>
    public static string Name(ChartKind kind)
    {
        foreach (var (k, name) in Table)
        {
            if (k == kind)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a chart kind");
    }

    /// <summary>Reads a front-matter name (exact, case-sensitive, as the templates spell it).</summary>
    /// <param name="text">The value of <c>kind:</c>.</param>
    /// <param name="kind">The kind, when the name is known.</param>
    /// <returns>True when <paramref name="text"/> is one of <see cref="All"/>.</returns>
    public static bool TryParse(string? text, out ChartKind kind)
    {
        foreach (var (k, name) in Table)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
