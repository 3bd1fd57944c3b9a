namespace ReportGen.Incremental;

/// <summary>What an incremental build did: which editions it rendered, which it took from the cache, and whether it wrote the output folder.</summary>
/// <param name="Rendered">Editions rendered in this build, as <c>&lt;report&gt;/&lt;period&gt;</c> (e.g. <c>chips/2026-Q2</c>), in plan order.</param>
/// <param name="Reused">Editions taken from the cache unchanged, in plan order.</param>
/// <param name="OutputWritten">True when the output folder was replaced; false when it already held exactly these files, or nothing was published.</param>
public sealed record IncrementalReport(IReadOnlyList<string> Rendered, IReadOnlyList<string> Reused, bool OutputWritten)
{
    /// <summary>True when no input had changed since the last build and the output was intact: nothing was loaded, rendered or written.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Charts drawn in this build (each at 1x and 2x); a chart read from the render cache or reused with its edition is not counted.</summary>
    public int ChartsDrawn { get; init; }

    /// <summary>Charts of the editions rendered in this build that were read from the chart render cache instead of being drawn.</summary>
    public int ChartsFromCache { get; init; }

    /// <summary>Nothing rendered, nothing reused, nothing written (a failed build).</summary>
    public static IncrementalReport Empty { get; } = new([], [], false);
}
