using ReportGen.Project;
namespace ReportGen.Pipeline;

/// <summary>How long one stage of a build took (wall clock, measured with a <see cref="System.Diagnostics.Stopwatch"/>).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Duration">Elapsed time of the stage.</param>
public sealed record StageTiming(BuildStage Stage, TimeSpan Duration);
