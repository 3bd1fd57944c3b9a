namespace ReportGen.Diagnostics;

/// <summary>
/// Collects every diagnostic of a run, so that one build reports all problems at once. Thread-safe.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    /// <summary>Number of errors reported so far.</summary>
    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                return _items.Count(d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds an error.</summary>
    public void Error(string code, string message, SourceLocation? location = null, string? sourceLine = null) =>
        Add(Diagnostic.Error(code, message, location, sourceLine));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, string message, SourceLocation? location = null, string? sourceLine = null) =>
        Add(Diagnostic.Warning(code, message, location, sourceLine));

    /// <summary>All diagnostics in a stable order (by path (ordinal), line, column, code, message), each distinct one once:
    /// the same template error found while rendering several editions is reported a single time.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return [.. _items.Distinct()
                .OrderBy(d => d.Location?.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
