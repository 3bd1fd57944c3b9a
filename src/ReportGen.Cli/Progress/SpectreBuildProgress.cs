using System.Globalization;
using ReportGen.Pipeline;
using ReportGen.Project;
using Spectre.Console;

namespace ReportGen.Cli.Progress;

/// <summary>Progress as live Spectre.Console bars: one task per stage; the render task counts editions and charts.</summary>
public sealed class SpectreBuildProgress : IProgress<BuildProgress>
{
    private readonly ProgressContext _context;
    private readonly Dictionary<BuildStage, ProgressTask> _tasks = [];
    private readonly Lock _lock = new();
    private ProgressTask? _current;

    /// <summary>Creates a reporter drawing into <paramref name="context"/>.</summary>
    /// <param name="context">The running Spectre progress display.</param>
    public SpectreBuildProgress(ProgressContext context) => _context = context;

    /// <summary>Updates the bar of the report's stage (and completes the previous stage's bar).</summary>
    /// <param name="value">The report.</param>
    public void Report(BuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                if (_current is { } previous)
                {
                    previous.Value = previous.MaxValue;
                    previous.StopTask();
                }

                task = _context.AddTask(Markup.Escape(StageNames.Of(value.Stage)), maxValue: Math.Max(1, value.Total));
                _tasks[value.Stage] = task;
                _current = task;
            }

            if (value.Item.Length > 0)
            {
                task.Value = value.Completed;
                task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{StageNames.Of(value.Stage)} {value.Completed}/{value.Total}, {value.Charts} charts ({value.Item})"));
            }
        }
    }

    /// <summary>Marks the last stage's bar complete.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (_current is { } task)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
