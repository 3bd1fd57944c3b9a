namespace ReportGen.Facts;

/// <summary>One figure a claim read, with the part it plays in the claim.</summary>
/// <param name="Role">Its part: <c>subject</c> (what the claim is about), <c>other</c> (what it is compared with),
/// <c>member</c> (one of the set a superlative ranges over), <c>count</c> or <c>total</c> (a breadth claim's numbers).</param>
/// <param name="Value">The metric value as the template passed it.</param>
public sealed record ClaimFigure(string Role, MetricValue Value);

/// <summary>
/// A qualitative statement a template made or tested about figures ("led", "beat", "broad", "higher risk", "same
/// direction"): the kind of claim (<see cref="ClaimKinds"/>), the words it stood for, the figures it read and whether
/// they bear it out. Recorded by the narrative functions that pick words (<c>move</c>, <c>compare</c>, <c>best_of</c>
/// …), by the guard <c>holds</c> and by the assertion <c>claim</c>, so that a checker can test every claim of an
/// edition against its figures again, independently of the template.
/// </summary>
/// <param name="Kind">The kind, one of <see cref="ClaimKinds.All"/>, e.g. <c>beat</c>.</param>
/// <param name="Words">The words the claim stands for on the page, e.g. "outperformed", or the kind when a guard tested it.</param>
/// <param name="Figures">The figures it read, in the order the template gave them.</param>
/// <param name="Holds">Whether <see cref="ClaimKinds.Evaluate"/> bears the claim out on <paramref name="Figures"/>; a
/// guard records false claims too (their block was not shown), a word-picking function only true ones.</param>
/// <param name="Asserted">True when the edition says the claim (a function wrote its words, an assertion stated it, or a
/// guard that held opened its block); false for a guard that did not hold.</param>
/// <param name="Function">The template function that recorded it: <c>move</c>, <c>holds</c>, <c>claim</c> ….</param>
/// <param name="Line">1-based line of the call in the template file.</param>
/// <param name="Column">1-based column of the call.</param>
public sealed record Claim(string Kind, string Words, IReadOnlyList<ClaimFigure> Figures, bool Holds, bool Asserted, string Function, int Line, int Column);

/// <summary>The claims of one edition, in the order its templates made them.</summary>
public sealed class ClaimLog
{
    private readonly List<Claim> _claims = [];

    /// <summary>Claims recorded so far, in order.</summary>
    public IReadOnlyList<Claim> Claims => _claims;

    /// <summary>Records a claim.</summary>
    /// <param name="claim">The claim.</param>
    public void Record(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        _claims.Add(claim);
    }
}
