namespace ReportGen.Diagnostics;

/// <summary>Codes of <c>reportgen check --scenarios</c>: every report rendered against synthetic markets made from the project's own data.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// Under a scenario (or the project's own data), a sentence of an edition says something its own figures contradict:
    /// "rose" before a negative return, "outperformed" with a negative spread, "led" on a member whose figure is not the
    /// highest of its printed peers, "broad" when fewer than half beat. Reported at the template line of the sentence
    /// when it can be found, else at the report's section heading, front matter key or file.
    /// </summary>
    public const string ScenarioContradiction = "RG2012";

    /// <summary>
    /// Under a scenario, an edition does not render: a template error (an empty list's <c>array.first</c> on a one-member
    /// universe, a missing fundamental, a metric that is not finite on a flat market) or a crash, reported at the error's
    /// own location with the scenario and edition named.
    /// </summary>
    public const string ScenarioBuildError = "RG2013";

    /// <summary>
    /// Under a scenario (or the project's own data), a claim an edition recorded (the word <c>move</c> or <c>compare</c>
    /// chose, a <c>holds</c> guard, a <c>claim</c> assertion) fails its independent re-check: it reads the wrong kind of
    /// figures for its kind (a level where a move is meant, the year to date against the quarter, a count above its
    /// total), what was recorded disagrees with the rule of its kind, or the edition says it and its figures do not bear
    /// it out. Reported at the template call that recorded it.
    /// </summary>
    public const string ScenarioClaimRecheck = "RG2014";
}
