namespace ReportGen.Project;

/// <summary>The stages of a build, in the order the build (<c>Pipeline/BuildPipeline.RunAsync</c>) runs them.</summary>
public enum BuildStage
{
    /// <summary>Hash every input to see whether anything changed since the last build (incremental builds only).</summary>
    HashInputs,

    /// <summary>Read reportgen.yml, every CSV under data/ and the report templates.</summary>
    LoadData,

    /// <summary>Plan the editions of every report series.</summary>
    PlanEditions,

    /// <summary>Render the text and charts of every edition (or reuse them from the incremental cache).</summary>
    RenderEditions,

    /// <summary>Lay out every page and gather the site's files in memory.</summary>
    AssembleSite,

    /// <summary>Write the site to the output folder (stage and swap), or skip that when it is already identical.</summary>
    Publish,
}
