using System.Globalization;
using ReportGen.Pipeline;
using ReportGen.Project;

namespace ReportGen.Cli.Progress;

/// <summary>Progress as plain lines (for CI logs and redirected output): one line per stage and per edition.</summary>
public sealed class PlainBuildProgress : IProgress<BuildProgress>
{
    private readonly TextWriter _writer;
    private readonly Lock _lock = new();

    /// <summary>Creates a reporter writing to <paramref name="writer"/>.</summary>
    /// <param name="writer">Usually standard error.</param>
    public PlainBuildProgress(TextWriter writer) => _writer = writer;

    /// <summary>Writes one line for the report.</summary>
    /// <param name="value">The report.</param>
    public void Report(BuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var line = value.Item.Length == 0
            ? $"{StageNames.Of(value.Stage)}..."
            : string.Create(CultureInfo.InvariantCulture, $"  {value.Item} ({value.Completed}/{value.Total})");
        lock (_lock)
        {
            _writer.WriteLine(line);
        }
    }
}
