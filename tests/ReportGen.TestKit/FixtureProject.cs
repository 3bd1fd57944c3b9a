namespace ReportGen.TestKit;

/// <summary>A copy of a fixture project under tests/ReportGen.Tests/Fixtures in a fresh temp folder, deleted on dispose.</summary>
public sealed class FixtureProject : IDisposable
{
    /// <param name="name">The fixture folder's name.</param>
    /// <param name="nested">Put the project in a <c>project</c> folder inside a private container folder, so a test may
    /// touch the project's parent (<see cref="Container"/>) without reaching other tests' projects.</param>
    public FixtureProject(string name, bool nested = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-tests", $"{name}-{Guid.NewGuid():N}");
        Container = nested ? folder : null;
        Root = nested ? Path.Combine(folder, "project") : folder;
        CopyFixture(name, Root);
    }

    public string Root { get; }

    /// <summary>The private folder around <see cref="Root"/> when the project is nested; else null.</summary>
    public string? Container { get; }

    public string Site => Path.Combine(Root, "site");

    /// <summary>The fixture projects' folder, tests/ReportGen.Tests/Fixtures.</summary>
    public static string FixturesDirectory { get; } = Path.Combine(RepoPaths.Root, "tests", "ReportGen.Tests", "Fixtures");

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

    /// <summary>Copies the fixture project <paramref name="name"/> into <paramref name="to"/> (created if missing), for a
    /// project whose folder something else deletes.</summary>
    /// <param name="name">The fixture folder's name.</param>
    /// <param name="to">The folder to copy it into.</param>
    public static void CopyFixture(string name, string to) => CopyDirectory(Path.Combine(FixturesDirectory, name), to);

    public void Dispose()
    {
        var folder = Container ?? Root;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
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
