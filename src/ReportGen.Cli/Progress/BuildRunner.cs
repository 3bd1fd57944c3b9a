using System.Globalization;
using System.Text;
using ReportGen.Pipeline;
using ReportGen.Project;
using Spectre.Console;

namespace ReportGen.Cli.Progress;

/// <summary>Runs a build with progress on the console (live bars on a terminal, plain lines otherwise) and prints the stage timings.</summary>
public static class BuildRunner
{
    /// <summary>Runs <see cref="BuildPipeline.RunAsync"/> with a progress reporter suited to <paramref name="console"/>.</summary>
    /// <param name="console">Where progress goes (standard error).</param>
    /// <param name="options">What to build.</param>
    /// <param name="publish">Whether to write the site.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    public static async Task<BuildResult> RunAsync(CliConsole console, BuildOptions options, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(options);
        if (!console.IsTerminal)
        {
            return await BuildPipeline.RunAsync(options with { Progress = new PlainBuildProgress(console.Error) }, publish, cancellationToken).ConfigureAwait(false);
        }

        BuildResult? result = null;
        await console.Ansi(console.Error).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var progress = new SpectreBuildProgress(context);
                result = await BuildPipeline.RunAsync(options with { Progress = progress }, publish, cancellationToken).ConfigureAwait(false);
                progress.Finish();
            }).ConfigureAwait(false);
        return result!;
    }

    /// <summary>One line per run: each stage's time, what was rendered or reused, and whether the output was written.</summary>
    /// <param name="result">The build's result.</param>
    /// <returns>E.g. "load data 1.20 s · plan editions 0.01 s · render editions 0.35 s (1 rendered, 9 from cache; 0 charts drawn, 2 from the chart cache) · …
    /// · total 2.10 s · memory after each stage (peak RSS / managed heap): load data 180/95 MB, …".</returns>
    public static string TimingSummary(BuildResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder("timings: ");
        sb.AppendJoin(" · ", result.Timings.Select(t =>
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{StageNames.Of(t.Stage)} {t.Duration.TotalSeconds:0.00} s");
            return t.Stage switch
            {
                BuildStage.RenderEditions => text + string.Create(CultureInfo.InvariantCulture, $" ({result.Incremental.Rendered.Count} rendered, {result.Incremental.Reused.Count} from cache; {result.Incremental.ChartsDrawn} charts drawn, {result.Incremental.ChartsFromCache} from the chart cache)"),
                BuildStage.HashInputs when result.Incremental.UpToDate => text + " (nothing changed since the last build)",
                BuildStage.Publish => text + (result.Incremental.OutputWritten ? " (written)" : " (unchanged, not written)"),
                _ => text,
            };
        }));
        sb.Append(string.Create(CultureInfo.InvariantCulture, $" · total {result.Timings.Sum(t => t.Duration.TotalSeconds):0.00} s"));
        if (result.Timings.Count > 0 && result.Timings[^1].PeakResidentBytes > 0)
        {
            // Where memory went: the peak resident set after each stage (it never falls) and the managed heap then.
            sb.Append(" · memory after each stage (peak RSS / managed heap): ");
            sb.AppendJoin(", ", result.Timings.Select(t => string.Create(CultureInfo.InvariantCulture,
                $"{StageNames.Of(t.Stage)} {t.PeakResidentBytes / 1_048_576:N0}/{t.ManagedHeapBytes / 1_048_576:N0} MB")));
        }
        return sb.ToString();
    }
}
