using System.CommandLine;
using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Cli.Commands;

/// <summary>Options shared by the commands: --project, --out, --as-of, --drafts, --base-url, --report, --no-cache.</summary>
public sealed class CommonOptions
{
    /// <summary>Creates the options and their validators.</summary>
    public CommonOptions()
    {
        AsOf.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string?>();
            if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--as-of '{text}' is not a date; expected yyyy-MM-dd such as 2026-06-30");
            }
        });
        foreach (var folder in new Option[] { Project, Out })
        {
            folder.Validators.Add(r =>
            {
                foreach (var token in r.Tokens)
                {
                    if (string.IsNullOrWhiteSpace(token.Value) || token.Value.Contains('\0', StringComparison.Ordinal))
                    {
                        r.AddError($"{folder.Name} '{token.Value.Replace("\0", "\\0", StringComparison.Ordinal)}' is not a folder path; expected a path such as ./site");
                    }
                }
            });
        }
    }

    /// <summary>The project folder.</summary>
    public Option<DirectoryInfo> Project { get; } = new("--project") { Description = "Project folder holding reportgen.yml, data/ and templates/", DefaultValueFactory = _ => new DirectoryInfo(".") };

    /// <summary>The output folder.</summary>
    public Option<DirectoryInfo?> Out { get; } = new("--out") { Description = "Output folder (default: <project>/site)" };

    /// <summary>Cut-off date.</summary>
    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Use no data after this date (yyyy-MM-dd)" };

    /// <summary>Build drafts.</summary>
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Also build the current incomplete period of each report, marked as a draft" };

    /// <summary>Base URL override.</summary>
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL the site is served from, e.g. https://example.org/notes/" };

    /// <summary>One report only.</summary>
    public Option<string?> Report { get; } = new("--report") { Description = "Only this report series (its slug)" };

    /// <summary>Render every edition afresh.</summary>
    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Render every edition afresh; do not read or write <project>/.reportgen-cache" };

    /// <summary>Warnings fail the run (build, check).</summary>
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings (stale or gappy data, search unavailable, ...) as errors: exit 1 and, for build, publish nothing (for CI)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="writesSite">True for commands that write a site (build, serve): adds --out and --no-cache.</param>
    /// <param name="renders">False for commands that never render (list): leaves out --base-url.</param>
    public void AddTo(Command command, bool writesSite = true, bool renders = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Project);
        if (writesSite)
        {
            command.Options.Add(Out);
        }

        command.Options.Add(AsOf);
        command.Options.Add(Drafts);
        if (renders)
        {
            command.Options.Add(BaseUrl);
        }

        command.Options.Add(Report);
        if (writesSite)
        {
            command.Options.Add(NoCache);
        }
    }

    /// <summary>The build options from a parse result (with the project's cache folder unless --no-cache).</summary>
    /// <param name="parse">The parse result.</param>
    /// <exception cref="UsageException"><c>--report</c> names no report series of the project (the message has the closest slugs).</exception>
    public BuildOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var report = parse.GetValue(Report);
        if (EditionPlanner.UnknownReport(parse.GetValue(Project)!.FullName, report) is { } unknown)
        {
            throw new UsageException(DiagnosticCodes.UnknownReport, $"{unknown}{(unknown.EndsWith('?') ? string.Empty : ".")} Nothing was built or written.");
        }

        var asOf = parse.GetValue(AsOf) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var options = new BuildOptions(
            parse.GetValue(Project)!.FullName,
            parse.GetValue(Out)?.FullName,
            asOf,
            parse.GetValue(Drafts),
            parse.GetValue(BaseUrl),
            report)
        { Strict = parse.GetResult(Strict) is not null && parse.GetValue(Strict) };
        return parse.GetValue(NoCache) ? options : options with { CacheDirectory = options.DefaultCacheDirectory };
    }
}
