using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;

namespace ReportGen.Scaffolding;

/// <summary>The outcome of <see cref="ReportScaffolder.CreateReport"/>.</summary>
/// <param name="Outcome">Created, a usage error (bad slug or cadence), or failed (existing file, bad data).</param>
/// <param name="Message">The project-relative path written, or what went wrong and what to do.</param>
/// <param name="Diagnostics">Data problems that prevented scaffolding; empty otherwise.</param>
public sealed record ScaffoldResult(ScaffoldOutcome Outcome, string Message, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The universe the new report uses (empty unless created).</summary>
    public string Universe { get; init; } = string.Empty;

    /// <summary>The benchmark the new report uses (empty unless created).</summary>
    public string Benchmark { get; init; } = string.Empty;

    /// <summary>The new report's first period (unless created: default).</summary>
    public Period FirstPeriod { get; init; }

    internal static ScaffoldResult Created(string path, string universe, string benchmark, Period first) =>
        new(ScaffoldOutcome.Created, path, []) { Universe = universe, Benchmark = benchmark, FirstPeriod = first };

    internal static ScaffoldResult Usage(string message) => new(ScaffoldOutcome.UsageError, message, []);

    internal static ScaffoldResult Failed(string message, IReadOnlyList<Diagnostic>? diagnostics = null) => new(ScaffoldOutcome.Failed, message, diagnostics ?? []);
}
