namespace ReportGen.Diagnostics;

/// <summary>Codes of story selection: the <c>angles:</c> a report declares and the one an edition leads with (<c>story</c>).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>No angle's <c>when</c> holds in an edition (or the report declares none and uses <c>story</c>), so it has no
    /// headline or lede: reported at the <c>angles:</c> line, naming the edition. The last angle is normally an
    /// unconditional fallback (<c>when: true</c>).</summary>
    public const string NoAngleHolds = "RG2015";

    /// <summary>An angle declaration is malformed: <c>angles:</c> is not a list, an angle is not a mapping, lacks one of
    /// <c>id</c>, <c>when</c>, <c>score</c>, <c>headline</c>, <c>lede</c>, has a key that is not one of them, a value that is
    /// not a single text, an id that is not a name (letters, digits, '-' and '_'), or an id used twice.</summary>
    public const string BadAngle = "RG2016";

    /// <summary>An angle's <c>when</c> or <c>score</c> failed to evaluate, or gave the wrong type (<c>when</c>: true or false;
    /// <c>score</c>: a finite number), or printed a figure; names the angle.</summary>
    public const string AngleEvaluation = "RG2017";
}
