namespace ReportGen.Project;

/// <summary>
/// One progress report of a build, for a console or an editor to show. The library reports; it never draws.
/// </summary>
/// <param name="Stage">The stage the build is in.</param>
/// <param name="Completed">Items of the stage done so far (editions for <see cref="BuildStage.RenderEditions"/>; 0 or 1 for the others).</param>
/// <param name="Total">Items the stage has in all; 1 for stages that are not counted.</param>
/// <param name="Item">What was just finished, e.g. <c>ai-equities/2026-Q2</c>; empty when a stage starts.</param>
/// <param name="Charts">Charts drawn or reused so far in the stage (only <see cref="BuildStage.RenderEditions"/> counts them).</param>
public sealed record BuildProgress(BuildStage Stage, int Completed, int Total, string Item = "", int Charts = 0);
