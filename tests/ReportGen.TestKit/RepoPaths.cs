namespace ReportGen.TestKit;

/// <summary>Paths in the repository, found from the test's output folder (the folder holding ReportGen.sln).</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest folder at or above the test assembly's folder that holds ReportGen.sln.</summary>
    /// <exception cref="InvalidOperationException">No such folder (on first use, from the type initializer).</exception>
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests leave files for a person to look at: TestResults/ beside the TRX files.</summary>
    public static string TestResults => Path.Combine(Root, "TestResults");

    /// <summary>The npm packages of package-lock.json, installed by <c>npm ci</c> (scripts/test.sh runs it).</summary>
    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>A file of an npm package installed by <c>npm ci</c>, or a failure that says how to install it.</summary>
    /// <param name="package">The package's name, e.g. <c>vnu-jar</c>.</param>
    /// <param name="relative">The file's path inside the package, '/'-separated.</param>
    /// <returns>The file's absolute path.</returns>
    /// <exception cref="InvalidOperationException">The file is missing.</exception>
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
