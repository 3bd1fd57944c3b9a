using System.CommandLine;
using System.Globalization;
using ReportGen.Cli.Progress;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen build</c>: builds the site from data/ and templates/ into site/ (atomically, incrementally).</summary>
public static class BuildCommand
{
    /// <summary>Editions re-rendered by <c>--verify-cache</c> without a count.</summary>
    public const int DefaultVerifySample = 10;

    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="console">Where to write.</param>
    public static Command Create(CommonOptions common, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var command = new Command("build", "Build the site from data/ and templates/ into site/; unchanged editions come from .reportgen-cache/, and the previous site stays intact on any error.");
        common.AddTo(command);
        var verify = new Option<int?>("--verify-cache")
        {
            Description = $"Render N editions taken from the cache afresh (chosen at random; N defaults to {DefaultVerifySample}) and fail with RG5013 if any differs from its cached rendering",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "N",
        };
        verify.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--verify-cache N must be at least 1");
            }
        });
        command.Options.Add(verify);
        command.Options.Add(common.Strict);
        var acceptRevisions = new Option<bool>("--accept-revisions") { Description = "Publish changed figures of published editions as dated corrections (the original stays at <edition>/v1/) instead of failing with RG5050" };
        command.Options.Add(acceptRevisions);
        var why = WhyOption(command, acceptRevisions);
        var pdf = PdfOption();
        command.Options.Add(pdf);
        var shard = new Option<string?>("--shard")
        {
            Description = "Render only shard i of n (0-based: 0/3, 1/3, 2/3; editions are split by a stable hash of report and period) into --out as a shard folder for 'reportgen merge', which builds the site; give every shard the same options",
            HelpName = "i/n",
        };
        shard.Validators.Add(r =>
        {
            if (!ShardSpec.TryParse(r.GetValueOrDefault<string?>(), out _, out var error))
            {
                r.AddError(error!);
            }
        });
        command.Options.Add(shard);
        command.Validators.Add(r =>
        {
            if (r.GetResult(shard) is not null && r.GetResult(pdf) is not null)
            {
                r.AddError("--shard cannot be combined with --pdf: a shard holds rendered editions, not pages; give --pdf to 'reportgen merge'");
            }

            if (r.GetResult(shard) is not null && r.GetResult(verify) is not null)
            {
                r.AddError("--shard cannot be combined with --verify-cache");
            }

            if (r.GetResult(shard) is not null && r.GetResult(acceptRevisions) is not null)
            {
                r.AddError("--shard cannot be combined with --accept-revisions: the ledger is written by 'reportgen merge'; give it there");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            // A build is a publication: new editions are recorded in published/ at this clock's time (docs/ledger.md).
            var options = common.Read(parse) with { Clock = LedgerCommand.PublicationClock(), AcceptRevisions = parse.GetValue(acceptRevisions), RevisionNote = parse.GetValue(why)?.Trim() };
            if (parse.GetResult(verify) is not null)
            {
                options = options with { VerifyCacheSample = parse.GetValue(verify) ?? DefaultVerifySample };
            }

            if (parse.GetResult(pdf) is not null)
            {
                options = options with { Pdf = parse.GetValue(pdf) == "letter" ? PdfPaper.Letter : PdfPaper.A4 };
            }

            if (parse.GetValue(shard) is { } text && ShardSpec.TryParse(text, out var spec, out _))
            {
                options = options with { Shard = spec, Clock = null };
            }

            var result = await BuildRunner.RunAsync(console, options, publish: true, cancellationToken).ConfigureAwait(false);
            return await FinishAsync(console, options, result).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The <c>--why "…"</c> option (build, merge): the editor's reason for accepted revisions; needs <c>--accept-revisions</c>.</summary>
    /// <param name="command">The command to add it to.</param>
    /// <param name="acceptRevisions">Its <c>--accept-revisions</c> option.</param>
    /// <returns>The option.</returns>
    internal static Option<string?> WhyOption(Command command, Option<bool> acceptRevisions)
    {
        var why = new Option<string?>("--why")
        {
            Description = $"With --accept-revisions: the editor's reason for the revision (one line, at most {BuildOptions.MaxRevisionNoteLength} characters), put before the reason ReportGen finds for each corrected item, e.g. --why \"quarterly rebalancing, see docs/methods.md\"",
            HelpName = "reason",
        };
        why.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string?>();
            if (string.IsNullOrWhiteSpace(text) || text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal) || text.Length > BuildOptions.MaxRevisionNoteLength)
            {
                r.AddError($"--why needs one line of text, at most {BuildOptions.MaxRevisionNoteLength} characters");
            }
        });
        command.Options.Add(why);
        command.Validators.Add(r =>
        {
            if (r.GetResult(why) is not null && r.GetResult(acceptRevisions) is null)
            {
                r.AddError("--why gives the reason for accepted revisions: it needs --accept-revisions");
            }
        });
        return why;
    }

    /// <summary>The <c>--pdf [a4|letter]</c> option (build, merge).</summary>
    internal static Option<string?> PdfOption()
    {
        var pdf = new Option<string?>("--pdf")
        {
            Description = "Also print every edition to <edition>/<report>-<period>.pdf with Chromium (REPORTGEN_CHROMIUM, /usr/bin/chromium, or chromium/google-chrome on PATH) on A4 (default) or letter paper, linked from its page; without Chromium, warning RG5070 and no PDFs",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "a4|letter",
        };
        pdf.AcceptOnlyFromAmong("a4", "letter");
        return pdf;
    }

    /// <summary>Prints a build's diagnostics, timings and outcome line and returns its exit code (build, merge).</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="options">What was built.</param>
    /// <param name="result">What came of it.</param>
    internal static async Task<int> FinishAsync(CliConsole console, BuildOptions options, BuildResult result)
    {
        var (diagnostics, hadWarnings) = options.Strict ? StrictMode.Promote(result.Diagnostics) : (result.Diagnostics, false);
        DiagnosticPrinter.Print(diagnostics, console.Error);
        if (result.Succeeded && hadWarnings)
        {
            // A warning raised while publishing (the search indexer), or one recorded by the build this one found up to date.
            await console.Error.WriteLineAsync("build failed: --strict and the build had warnings").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        if (!result.Succeeded)
        {
            await console.Error.WriteLineAsync($"{(options.MergeShards is null ? "build" : "merge")} failed; {options.Output} was not changed").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        await console.Error.WriteLineAsync(BuildRunner.TimingSummary(result)).ConfigureAwait(false);
        // Relative when the output is under the working folder (site), else absolute (/srv/www rather than ../../srv/www).
        var output = Path.GetRelativePath(Environment.CurrentDirectory, options.Output);
        output = output.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(options.Output) : output;
        var verb = result.Incremental.OutputWritten ? "into" : "unchanged in";
        // Counted on disk, so the search index that publishing adds is included and a no-change build reports the same number;
        // an up-to-date build has just checked every file of the output against its record (no second walk).
        int files;
        try
        {
            files = result.Incremental.UpToDate && result.Files is { } checkedFiles ? checkedFiles.Count : Directory.EnumerateFiles(options.Output, "*", SearchOption.AllDirectories).Count();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = result.Files?.Count ?? 0; // another build is replacing the folder right now
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"built {result.Editions.Count} edition(s){(options.Shard is { } shard ? $" (shard {shard})" : string.Empty)}, {files} files {verb} {output} in {result.Timings.Sum(t => t.Duration.TotalSeconds):0.0} s")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
