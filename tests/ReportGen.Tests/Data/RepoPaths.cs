namespace ReportGen.Tests.Data;

/// <summary>Finds the repository root (the folder holding ReportGen.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
