using ReportGen.Project;
namespace ReportGen.Pipeline;

/// <summary>How long one stage of a build took (wall clock, measured with a <see cref="System.Diagnostics.Stopwatch"/>) and the
/// process's memory when it ended.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Duration">Elapsed time of the stage.</param>
/// <param name="PeakResidentBytes">The process's peak resident set size so far, in bytes, read when the stage ended
/// (<see cref="System.Diagnostics.Process.PeakWorkingSet64"/>: VmHWM on Linux). The peak never falls, so the first stage whose
/// value jumps is the one that raised it. 0 when the platform does not report it.</param>
/// <param name="ManagedHeapBytes">Bytes on the managed heap when the stage ended, without forcing a collection
/// (<see cref="GC.GetTotalMemory(bool)"/>): what the build still holds, plus garbage not yet collected.</param>
public sealed record StageTiming(BuildStage Stage, TimeSpan Duration, long PeakResidentBytes = 0, long ManagedHeapBytes = 0);
