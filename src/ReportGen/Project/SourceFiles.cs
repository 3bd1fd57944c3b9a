using System.Globalization;
using System.Runtime.InteropServices;
using ReportGen.Diagnostics;

namespace ReportGen.Project;

/// <summary>
/// The one place that lists directories. Results are sorted ordinally so that every build sees files in the same order
/// on every machine (determinism), and only regular files are listed: a FIFO, a device or a socket never is (reading one
/// would hang or never end), a symbolic link is followed only while it stays inside the folder listed, and a folder is
/// entered once however many links lead to it (no loops). <see cref="CheckInputs"/> reports what was left out.
/// </summary>
public static class SourceFiles
{
    /// <summary>Largest input file read, in bytes (64 MiB): data files, templates, reportgen.yml.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Most files under each of <c>data/</c>, <c>templates/</c> and <c>notes/</c> (10,000).</summary>
    public const int MaxFiles = 10_000;

    /// <summary>Files under <paramref name="directory"/> matching <paramref name="pattern"/>, recursively, sorted ordinally by
    /// their path relative to <paramref name="directory"/>; empty when the directory does not exist. Only regular files,
    /// and links to regular files inside <paramref name="directory"/>, are listed.</summary>
    /// <param name="directory">Absolute or working-directory-relative folder.</param>
    /// <param name="pattern">A file-name pattern such as <c>*.csv</c>.</param>
    /// <param name="recursive">Whether to descend into sub-folders.</param>
    /// <returns>Full paths.</returns>
    public static IReadOnlyList<string> Enumerate(string directory, string pattern, bool recursive = true)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(pattern);
        var files = new List<string>();
        Walk(directory, recursive, (path, kind, problem) =>
        {
            if (problem is null && kind == EntryKind.File && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(path)))
            {
                files.Add(path);
            }
        });
        return [.. files.OrderBy(p => ToForwardSlashes(Path.GetRelativePath(directory, p)), StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every entry under <paramref name="directory"/> but its folders, listed flat with its length and modification time
    /// from the one <c>lstat</c> the listing makes: no link is followed and no real path is resolved, so this is only for
    /// folders ReportGen writes itself (the output, the ledger), whose checks compare every entry with a record. A symbolic
    /// link is listed (<see cref="OwnFile.IsLink"/>), not followed. Sorted ordinally by relative path; empty when the folder
    /// does not exist.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="IOException">A folder cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder may not be read.</exception>
    public static List<OwnFile> WalkOwn(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        var walk = new System.IO.Enumeration.FileSystemEnumerable<OwnFile>(
            root,
            (ref System.IO.Enumeration.FileSystemEntry e) =>
            {
                var folder = e.Directory.Length > root.Length ? ToForwardSlashes(e.Directory[(root.Length + 1)..].ToString()) + "/" : string.Empty;
                var link = (e.Attributes & FileAttributes.ReparsePoint) != 0;
                return new OwnFile(folder + e.FileName.ToString(), link ? 0 : e.Length, e.LastWriteTimeUtc.UtcDateTime.Ticks, link);
            },
            options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory || (e.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var files = walk.ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>True when <paramref name="path"/> is a regular file (not a FIFO, device or socket, whose reading could
    /// block), following links: a file of a <see cref="WalkOwn"/> listing is checked so before it is read.</summary>
    /// <param name="path">A path.</param>
    /// <returns>Whether it may be read as a file.</returns>
    public static bool IsRegularFile(string path) => Native.FileType(path) switch
    {
        FileType.Regular => true,
        FileType.Unknown => File.Exists(path),
        _ => false,
    };

    /// <summary>
    /// Reports every entry under the project's <c>data/</c> and <c>templates/</c> that a build will not read, as an
    /// error at its path: anything but a regular file or folder (<see cref="DiagnosticCodes.NotARegularFile"/>), a link
    /// that leaves the project, loops or points nowhere (<see cref="DiagnosticCodes.UnsafeLink"/>), a file over
    /// <see cref="MaxFileBytes"/> and more than <see cref="MaxFiles"/> files (<see cref="DiagnosticCodes.InputTooLarge"/>).
    /// reportgen.yml is held to the same rules.
    /// </summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="diagnostics">Where the errors go.</param>
    public static void CheckInputs(string projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = Path.GetFullPath(projectRoot);
        var config = Path.Combine(root, ProjectLayout.ConfigFile);
        if (Path.Exists(config))
        {
            CheckEntry(root, config, diagnostics);
        }

        foreach (var folder in ProjectLayout.SourceFolders)
        {
            var count = 0;
            Walk(Path.Combine(root, folder), recursive: true, (path, kind, problem) =>
            {
                if (problem is null && kind == EntryKind.File && ++count == MaxFiles + 1)
                {
                    diagnostics.Error(DiagnosticCodes.InputTooLarge, string.Create(CultureInfo.InvariantCulture, $"{folder}/ holds more than {MaxFiles:N0} files; a project may have at most {MaxFiles:N0} under each of data/, templates/ and notes/"), SourceLocation.File(folder));
                }

                Report(root, path, kind, problem, diagnostics);
            });
        }
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="root"/>, with '/' separators.</summary>
    public static string Relative(string root, string fullPath) => ToForwardSlashes(Path.GetRelativePath(root, fullPath));

    /// <summary>
    /// <paramref name="path"/> made absolute with every symbolic link in its existing components resolved (like
    /// <c>realpath -m</c>); components that do not exist yet are kept as written.
    /// </summary>
    /// <param name="path">Any path.</param>
    /// <returns>An absolute path without a trailing separator (except the root itself).</returns>
    /// <exception cref="IOException">A link cycle (more than 40 links followed).</exception>
    public static string RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (both absolute, resolved paths).</summary>
    /// <param name="outer">A folder.</param>
    /// <param name="inner">A path.</param>
    public static bool Contains(string outer, string inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(outer, inner, comparison))
        {
            return true;
        }

        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, comparison);
    }

    private static void CheckEntry(string root, string path, DiagnosticBag diagnostics)
    {
        var (kind, problem) = Classify(path, RealPath(root));
        Report(root, path, kind, problem, diagnostics);
    }

    // One entry's verdict as a diagnostic at its project-relative path: why it is not read, or that it is too large.
    private static void Report(string root, string path, EntryKind kind, string? problem, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.File(Relative(root, path));
        if (problem is not null)
        {
            diagnostics.Error(kind switch { EntryKind.Other => DiagnosticCodes.NotARegularFile, EntryKind.Unreadable => DiagnosticCodes.UnreadableFile, _ => DiagnosticCodes.UnsafeLink }, problem, at);
        }
        else if (kind == EntryKind.File && new FileInfo(path).Length is var length && length > MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.InputTooLarge, string.Create(CultureInfo.InvariantCulture, $"the file is {length:N0} bytes; input files may be at most {MaxFileBytes:N0} bytes (64 MiB)"), at);
        }
    }

    // Visits every entry under `directory` (the logical path, through links), with its kind and, for an entry that is
    // not read, why. Links must resolve inside `directory`'s real path; each real folder is entered once.
    private static void Walk(string directory, bool recursive, Action<string, EntryKind, string?> visit)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        string boundary;
        try
        {
            boundary = RealPath(directory);
        }
        catch (IOException)
        {
            return;
        }

        var entered = new HashSet<string>(StringComparer.Ordinal) { boundary };
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<string> entries;
            try
            {
                entries = [.. Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                visit(folder, EntryKind.Unreadable, $"the folder cannot be read ({e.Message})");
                continue;
            }

            foreach (var entry in entries)
            {
                var (kind, problem) = Classify(entry, boundary);
                if (problem is not null || kind == EntryKind.File)
                {
                    visit(entry, kind, problem);
                }
                else if (kind == EntryKind.Folder && recursive && entered.Add(RealPath(entry)))
                {
                    pending.Push(entry);
                }
            }
        }
    }

    private static (EntryKind Kind, string? Problem) Classify(string entry, string boundary)
    {
        var info = new FileInfo(entry);
        var target = entry;
        if (info.LinkTarget is not null)
        {
            try
            {
                target = RealPath(entry);
            }
            catch (IOException)
            {
                return (EntryKind.Link, "a symbolic link that loops; expected a file or folder inside the project");
            }

            if (!Contains(boundary, target))
            {
                return (EntryKind.Link, $"a symbolic link to '{target}', outside {Path.GetFileName(boundary)}/; inputs must be files inside the project (copy the file in instead)");
            }

            if (!Path.Exists(target))
            {
                return (EntryKind.Link, "a symbolic link to nothing (its target does not exist)");
            }
        }

        return Native.FileType(target) switch
        {
            FileType.Regular => (EntryKind.File, null),
            FileType.Directory => (EntryKind.Folder, null),
            FileType.Unknown => Directory.Exists(target) ? (EntryKind.Folder, null) : (EntryKind.File, null),
            var other => (EntryKind.Other, $"a {Describe(other)}, not a regular file; reading it could block or never end, so inputs must be regular files"),
        };
    }

    private static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "named pipe (FIFO)",
        FileType.Device => "device",
        FileType.Socket => "socket",
        _ => "special file",
    };

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > 40)
                {
                    throw new IOException($"'{full}': too many levels of symbolic links");
                }

                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }

    private static string ToForwardSlashes(string path) => path.Replace('\\', '/');

    private enum EntryKind
    {
        File,
        Folder,
        Link,
        Other,
        Unreadable,
    }

    private enum FileType
    {
        Unknown,
        Regular,
        Directory,
        Fifo,
        Device,
        Socket,
    }

    // .NET reports a FIFO or a device as an ordinary file: stat(2) tells them apart. The struct's st_mode offset is
    // 24 on x86-64 and 16 on arm64 (glibc 2.33+ exports stat); elsewhere the type is Unknown and judged by .NET alone.
    private static class Native
    {
        public static FileType FileType(string path)
        {
            if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
            {
                return SourceFiles.FileType.Unknown;
            }

            var buffer = new byte[256];
            try
            {
                if (stat(path, buffer) != 0)
                {
                    return SourceFiles.FileType.Unknown;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return SourceFiles.FileType.Unknown;
            }

            var offset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
            var mode = BitConverter.ToUInt32(buffer, offset) & 0xF000;
            return mode switch
            {
                0x8000 => SourceFiles.FileType.Regular,
                0x4000 => SourceFiles.FileType.Directory,
                0x1000 => SourceFiles.FileType.Fifo,
                0x2000 or 0x6000 => SourceFiles.FileType.Device,
                0xC000 => SourceFiles.FileType.Socket,
                _ => SourceFiles.FileType.Unknown,
            };
        }

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
    }
}

/// <summary>An entry of a folder ReportGen writes itself, as <see cref="SourceFiles.WalkOwn"/> lists it.</summary>
/// <param name="Path">The path relative to the listed folder, '/' separators.</param>
/// <param name="Length">Length in bytes (0 for a link).</param>
/// <param name="Modified">Last write time, UTC ticks (of the link itself for a link).</param>
/// <param name="IsLink">True for a symbolic link (never followed).</param>
public readonly record struct OwnFile(string Path, long Length, long Modified, bool IsLink);
