namespace ReportGen.EndToEnd.Tests.TestKit;

/// <summary>Paths in the repository, found from the test's output folder (the folder holding ReportGen.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests leave files for a person to look at: TestResults/ beside the TRX files.</summary>
    public static string TestResults => Path.Combine(Root, "TestResults");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>A file of an npm package installed by `npm ci`, or a failure that says how to install it.</summary>
    public static string NodePackageFile(string package, string relative)
    {
        var path = Path.Combine(NodeModules, package, relative);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `npm ci` at the repository root (scripts/test.sh does) to install {package} from package-lock.json");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
