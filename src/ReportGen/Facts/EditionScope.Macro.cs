using ReportGen.Diagnostics;

namespace ReportGen.Facts;

public sealed partial class EditionScope
{
    /// <summary>The view of the monthly macro file <c>data/macro/&lt;name&gt;.csv</c>, cut at the edition's as-of date.</summary>
    /// <param name="name">The file name without extension, e.g. <c>shiller</c>.</param>
    /// <returns>The view.</returns>
    /// <exception cref="KeyNotFoundException">No such file; the message lists the known ones.</exception>
    public MacroView Macro(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Data.Macro.TryGetValue(name, out var series))
        {
            throw new KeyNotFoundException($"unknown macro series '{name}'; expected a file data/macro/{name}.csv{NameSuggestions.Hint(name, Data.Macro.Keys.Order(StringComparer.Ordinal), int.MaxValue)}");
        }

        return new MacroView(series, AsOf);
    }
}
