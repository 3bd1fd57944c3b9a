using System.Diagnostics;

using ReportGen.Project;
namespace ReportGen.Pipeline;

/// <summary>Times the stages of one build with a <see cref="Stopwatch"/> and reports progress as they start and advance. Thread-safe for <see cref="Item"/>.</summary>
internal sealed class StageTimer
{
    private readonly IProgress<BuildProgress>? _progress;
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _clock = new();
    private readonly Lock _lock = new();
    private BuildStage? _stage;
    private int _total;
    private int _completed;
    private int _charts;

    public StageTimer(IProgress<BuildProgress>? progress) => _progress = progress;

    /// <summary>Ends the current stage (recording its time) and starts <paramref name="stage"/> with <paramref name="total"/> items.</summary>
    public void Start(BuildStage stage, int total = 1)
    {
        lock (_lock)
        {
            EndCurrent();
            _stage = stage;
            _total = total;
            _completed = 0;
            _charts = 0;
            _clock.Restart();
        }

        _progress?.Report(new BuildProgress(stage, 0, total));
    }

    /// <summary>One item of the current stage is done.</summary>
    public void Item(string name, int charts)
    {
        BuildProgress report;
        lock (_lock)
        {
            _completed++;
            _charts += charts;
            report = new BuildProgress(_stage!.Value, _completed, _total, name, _charts);
        }

        _progress?.Report(report);
    }

    /// <summary>Ends the current stage and returns every stage's time, in order.</summary>
    public IReadOnlyList<StageTiming> Stop()
    {
        lock (_lock)
        {
            EndCurrent();
            return [.. _timings];
        }
    }

    private static long PeakResident()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64;
        }
        catch (PlatformNotSupportedException)
        {
            return 0;
        }
    }

    private void EndCurrent()
    {
        if (_stage is { } stage)
        {
            _timings.Add(new StageTiming(stage, _clock.Elapsed, PeakResident(), GC.GetTotalMemory(forceFullCollection: false)));
            _stage = null;
        }
    }
}
