namespace ReportGen.Project;

/// <summary>
/// The steps a build reports progress for, in the order the build (<c>Pipeline/BuildPipeline.RunAsync</c>) runs them. Each
/// names the stages of DESIGN §1 it covers: editions are computed one at a time through stages 2, 4 and 5, so those three
/// are one step.
/// </summary>
public enum BuildStage
{
    /// <summary>Hash every input to see whether anything changed since the last build (incremental builds only).</summary>
    HashInputs,

    /// <summary>Stage 1, load data: read reportgen.yml, every CSV under data/ and the report templates.</summary>
    LoadData,

    /// <summary>Stage 3, plan editions: the editions of every report series, dated by the trading calendar.</summary>
    PlanEditions,

    /// <summary>Stages 2, 4 and 5 per edition: its facts, text and charts (or reuse them from the incremental cache).</summary>
    RenderEditions,

    /// <summary>Stage 6, first half: lay out every page and gather the site's files in memory.</summary>
    AssembleSite,

    /// <summary>Stage 6, second half: write the site to the output folder (stage and swap), or skip that when it is already identical.</summary>
    Publish,

    /// <summary><c>build --pdf</c>, between assembling and publishing: print each edition page to a PDF with Chromium (or reuse the cached PDF of an unchanged page).</summary>
    PrintPdfs,
}
