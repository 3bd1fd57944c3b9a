using ReportGen.Config;
using ReportGen.Facts;
using Scriban.Parsing;

namespace ReportGen.Text.Functions;

/// <summary>
/// Records the claims of one edition: the kind, the words, the figures read and whether <see cref="ClaimKinds.Evaluate"/>
/// bears them out, at the template call that made them.
/// </summary>
/// <param name="log">The edition's claim log.</param>
/// <param name="thresholds">Where "little changed" and "matched" end.</param>
internal sealed class ClaimRecorder(ClaimLog log, NarrativeThresholds thresholds)
{
    /// <summary>The thresholds the claims are evaluated with.</summary>
    public NarrativeThresholds Thresholds => thresholds;

    /// <summary>Evaluates and records a claim.</summary>
    /// <param name="span">The template call.</param>
    /// <param name="function">The template function, e.g. <c>move</c>.</param>
    /// <param name="kind">One of <see cref="ClaimKinds.All"/>.</param>
    /// <param name="words">The words on the page, or the kind for a guard.</param>
    /// <param name="figures">The figures, in the order of <see cref="ClaimKinds.Roles"/>.</param>
    /// <param name="asserted">Whether the edition says it (false for a guard whose block stays hidden, decided by the result when null).</param>
    /// <returns>The recorded claim.</returns>
    /// <exception cref="ArgumentException">Unknown kind, wrong number of figures, or figures of different units.</exception>
    public Claim Record(SourceSpan span, string function, string kind, string words, IReadOnlyList<MetricValue> figures, bool? asserted = null)
    {
        var holds = ClaimKinds.Evaluate(kind, figures, thresholds);
        var roles = ClaimKinds.Roles(kind, figures.Count);
        var claim = new Claim(kind, words, [.. figures.Select((f, i) => new ClaimFigure(roles[i], f))], holds, asserted ?? holds, function, span.Start.Line + 1, span.Start.Column + 1);
        log.Record(claim);
        return claim;
    }
}
