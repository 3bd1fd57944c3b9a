using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen build</c>: builds the site from data/ and templates/ into site/ (atomically).</summary>
public static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    public static Command Create(CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var command = new Command("build", "Build the site from data/ and templates/ into site/; the previous site stays intact on any error.");
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = common.Read(parse);
            var clock = Stopwatch.StartNew();
            var result = await BuildPipeline.RunAsync(options, publish: true, cancellationToken).ConfigureAwait(false);
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("build failed; site/ was not changed");
                return ExitCodes.InputErrors;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {result.Editions.Count} edition(s), {result.Files!.Files.Count} files into {Path.GetRelativePath(Environment.CurrentDirectory, options.Output)} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
