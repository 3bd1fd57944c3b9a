using System.CommandLine;
using ReportGen.Cli.Progress;
using ReportGen.Diagnostics;
using ReportGen.Project;
using ReportGen.Sharding;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen merge SHARD... [--out DIR]</c>: assembles the shard folders written by <c>build --shard i/n</c> into the
/// site, as <c>build</c> would have built it on one machine (ledger, pages, indexes, feeds, sitemap, search, publish).
/// </summary>
public static class MergeCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options (<c>--project</c>, <c>--out</c>, <c>--strict</c>).</param>
    /// <param name="console">Where to write.</param>
    public static Command Create(CommonOptions common, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var command = new Command("merge", "Assemble the shard folders written by 'build --shard i/n' (all n of them) into the site, byte-identical to a single build; the shards' options (--as-of, --drafts, --base-url, --report) apply, and the previous site stays intact on any error.");
        var shards = new Argument<DirectoryInfo[]>("shards") { Description = "The shard folders (every shard 0/n ... n-1/n once, in any order)", Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(shards);
        command.Options.Add(common.Project);
        command.Options.Add(common.Out);
        command.Options.Add(common.Strict);
        var acceptRevisions = new Option<bool>("--accept-revisions") { Description = "Publish changed figures of published editions as dated corrections instead of failing with RG5050 (as build does)" };
        command.Options.Add(acceptRevisions);
        var why = BuildCommand.WhyOption(command, acceptRevisions);
        var pdf = BuildCommand.PdfOption();
        command.Options.Add(pdf);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var diagnostics = new DiagnosticBag();
            var output = parse.GetValue(common.Out)?.FullName;
            string[] folders = [.. parse.GetValue(shards)!.Select(d => d.FullName)];
            var set = ShardSet.Read(folders, diagnostics);
            if (set is null)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error);
                await console.Error.WriteLineAsync($"merge failed; {output ?? "site"} was not changed").ConfigureAwait(false);
                return ExitCodes.InputErrors;
            }

            // Published like a build (docs/ledger.md): new editions are recorded in published/ at this clock's time.
            var options = set.First.ApplyTo(new BuildOptions(parse.GetValue(common.Project)!.FullName, output)
            {
                Clock = LedgerCommand.PublicationClock(),
                AcceptRevisions = parse.GetValue(acceptRevisions),
                RevisionNote = parse.GetValue(why)?.Trim(),
                Strict = parse.GetValue(common.Strict),
                MergeShards = folders,
            });
            if (parse.GetResult(pdf) is not null)
            {
                options = options with { Pdf = parse.GetValue(pdf) == "letter" ? PdfPaper.Letter : PdfPaper.A4 };
            }

            var result = await BuildRunner.RunAsync(console, options, publish: true, cancellationToken).ConfigureAwait(false);
            return await BuildCommand.FinishAsync(console, options, result).ConfigureAwait(false);
        });
        return command;
    }
}
