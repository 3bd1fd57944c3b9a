using System.CommandLine;
using System.Reflection;
using ReportGen.Scaffolding;
using ReportGen.Site;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen new site &lt;dir&gt;</c>: writes a starter project that builds at once; <c>reportgen new report &lt;slug&gt;
/// --cadence monthly</c>: scaffolds a report that builds at once.
/// </summary>
public static class NewCommand
{
    /// <summary>Creates the command with its <c>report</c> subcommand.</summary>
    /// <param name="console">Where to write.</param>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var project = new Option<DirectoryInfo>("--project") { Description = "Project folder holding reportgen.yml, data/ and templates/", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var slug = new Argument<string>("slug") { Description = "The report's slug: file name and URL segment, e.g. chip-monthly" };
        var cadence = new Option<string>("--cadence") { Description = "How often an edition appears", DefaultValueFactory = _ => "monthly" };
        cadence.AcceptOnlyFromAmong("weekly", "monthly", "quarterly", "annual");
        var report = new Command("report", "Create templates/reports/<slug>.sbn-md: a report on the first universe in data/universes.csv against the house benchmark of reportgen.yml (or the first ticker), ready to build.");
        report.Arguments.Add(slug);
        report.Options.Add(cadence);
        report.Options.Add(project);
        report.SetAction(parse =>
        {
            var result = ReportScaffolder.CreateReport(parse.GetValue(project)!.FullName, parse.GetValue(slug)!, parse.GetValue(cadence)!);
            switch (result.Outcome)
            {
                case ScaffoldOutcome.Created:
                    console.Out.WriteLine($"created {result.Message}: {result.Universe} vs {result.Benchmark}, first edition {result.FirstPeriod}");
                    console.Out.WriteLine("preview it with 'reportgen serve'; check it with 'reportgen check'");
                    return ExitCodes.Ok;
                case ScaffoldOutcome.UsageError:
                    console.Error.WriteLine($"error: {result.Message}");
                    return ExitCodes.Usage;
                default:
                    DiagnosticPrinter.Print(result.Diagnostics, console.Error);
                    console.Error.WriteLine($"error: {result.Message}");
                    return ExitCodes.InputErrors;
            }
        });
        var command = new Command("new", "Scaffold project files.");
        command.Subcommands.Add(Site(console));
        command.Subcommands.Add(report);
        return command;
    }

    /// <summary>
    /// The starter project embedded in this assembly at build time (resources named <c>starter/&lt;path&gt;</c>, from the
    /// repository's reportgen.yml, templates and a subset of data/: see ReportGen.Cli.csproj).
    /// </summary>
    /// <returns>The files, by path inside the new project.</returns>
    public static IReadOnlyList<StarterFile> StarterFiles()
    {
        const string prefix = "starter/";
        var assembly = typeof(NewCommand).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new StarterFile(n[prefix.Length..], Read(assembly, n)))];
    }

    private static Command Site(CliConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "The new project's folder: it must not exist yet, or be empty" };
        var site = new Command("site", "Create a project in a new folder: reportgen.yml, layouts, partials, assets, one report (the AI ETF monitor) and the part of the sample data it reads, with its provenance in data/sources.yml. It checks and builds at once.");
        site.Arguments.Add(directory);
        site.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            var result = SiteScaffolder.CreateSite(dir, StarterFiles());
            switch (result.Outcome)
            {
                case ScaffoldOutcome.Created:
                    var cd = dir.Contains(' ', StringComparison.Ordinal) ? $"\"{dir}\"" : dir;
                    console.Out.WriteLine($"created {result.Message}: {result.Files} files, report{(result.Reports.Count == 1 ? string.Empty : "s")} {string.Join(", ", result.Reports)}, with a part of ReportGen's sample data (data/sources.yml says where it comes from)");
                    console.Out.WriteLine("next:");
                    console.Out.WriteLine($"  cd {cd}");
                    console.Out.WriteLine("  reportgen serve            # preview at http://127.0.0.1:8080/; the page reloads as you edit templates/ and data/");
                    console.Out.WriteLine("  reportgen build            # write the site to site/");
                    console.Out.WriteLine("  reportgen new report NAME  # add a report of your own");
                    if (SearchIndexer.Locate(result.Message) is null)
                    {
                        console.Out.WriteLine($"search: the site's search page needs Pagefind; install it once with 'npm install -g pagefind@{SearchIndexer.PagefindVersion}' (README, \"Install\")");
                    }

                    return ExitCodes.Ok;
                case ScaffoldOutcome.UsageError:
                    console.Error.WriteLine($"error: {result.Message}");
                    return ExitCodes.Usage;
                default:
                    console.Error.WriteLine($"error: {result.Message}");
                    return ExitCodes.InputErrors;
            }
        });
        return site;
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is listed but cannot be read");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
