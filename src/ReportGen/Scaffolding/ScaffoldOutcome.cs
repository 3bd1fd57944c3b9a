namespace ReportGen.Scaffolding;

/// <summary>How scaffolding ended.</summary>
public enum ScaffoldOutcome
{
    /// <summary>The file was written.</summary>
    Created,

    /// <summary>The request was malformed (not a slug, unknown cadence); nothing was written.</summary>
    UsageError,

    /// <summary>The request was valid but could not be done (the file exists, the data has errors); nothing was written.</summary>
    Failed,
}
