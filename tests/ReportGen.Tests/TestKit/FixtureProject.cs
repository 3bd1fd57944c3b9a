namespace ReportGen.Tests.TestKit;

/// <summary>A copy of a fixture project under tests/ReportGen.Tests/Fixtures in a fresh temp folder, deleted on dispose.</summary>
public sealed class FixtureProject : IDisposable
{
    public FixtureProject(string name)
    {
        Root = Path.Combine(Path.GetTempPath(), "reportgen-tests", $"{name}-{Guid.NewGuid():N}");
        CopyDirectory(Path.Combine(FixturesDirectory, name), Root);
    }

    public string Root { get; }

    public string Site => Path.Combine(Root, "site");

    public static string FixturesDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "ReportGen.Tests", "Fixtures");

    public static string RepositoryRoot
    {
        get
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

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every file under <paramref name="directory"/> as relative path → bytes, for byte-for-byte comparisons.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string directory)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(directory, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return result;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
