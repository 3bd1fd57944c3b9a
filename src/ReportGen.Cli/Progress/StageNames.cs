using ReportGen.Pipeline;
using ReportGen.Project;

namespace ReportGen.Cli.Progress;

/// <summary>The words the console uses for each build stage.</summary>
public static class StageNames
{
    /// <summary>The stage's name, e.g. "render editions".</summary>
    /// <param name="stage">The stage.</param>
    public static string Of(BuildStage stage) => stage switch
    {
        BuildStage.HashInputs => "hash inputs",
        BuildStage.LoadData => "load data",
        BuildStage.PlanEditions => "plan editions",
        BuildStage.RenderEditions => "render editions",
        BuildStage.AssembleSite => "assemble site",
        BuildStage.Publish => "publish",
        BuildStage.PrintPdfs => "print PDFs",
        _ => stage.ToString(),
    };
}
