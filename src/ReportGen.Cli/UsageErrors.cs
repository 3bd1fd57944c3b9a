using System.CommandLine;
using System.CommandLine.Parsing;
using ReportGen.Diagnostics;

namespace ReportGen.Cli;

/// <summary>
/// A command-line mistake found after parsing (an unknown <c>--report</c> slug, say): printed as <c>error: message</c> with
/// the command's help, exit code 2.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with a diagnostic code, printed as <c>error RGnnnn: message</c>.</summary>
    /// <param name="code">The diagnostic code, e.g. <see cref="DiagnosticCodes.UnknownReport"/>.</param>
    /// <param name="message">What is wrong.</param>
    public UsageException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The diagnostic code, or null for a plain <c>error: message</c>.</summary>
    public string? Code { get; }

    /// <summary>Creates the exception.</summary>
    public UsageException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What is wrong, e.g. <c>--report 'x' names no report; did you mean 'y'?</c>.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The lines of a parse failure: one per mistake, each naming the command it was made in and the closest valid name
/// (<see cref="NameSuggestions"/>). System.CommandLine 2.0 reports an unknown option and the value after it as two
/// "Unrecognized command or argument" errors, and its own typo corrections (<c>ParseErrorAction.ShowTypoCorrections</c>)
/// print the whole help text after them; so the unmatched tokens are described here instead, and every other error
/// (a validator's message, a missing argument) is printed as System.CommandLine words it.
/// </summary>
public static class UsageErrors
{
    /// <summary>One line per mistake, without the <c>error: </c> prefix.</summary>
    /// <param name="parse">A parse result with errors.</param>
    /// <param name="args">The command line as given (to tell an unknown option's value from a stray argument).</param>
    public static IReadOnlyList<string> Describe(ParseResult parse, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(args);
        var lines = new List<string>();
        var unmatched = parse.UnmatchedTokens;
        var command = parse.CommandResult.Command;
        var path = CommandPath(parse.CommandResult);
        var position = 0; // where in args the next unmatched token is looked for
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            var at = IndexOf(args, token, position);
            position = at < 0 ? position : at + 1;
            if (token.StartsWith('-') && token.Length > 1)
            {
                var name = token.Split('=', 2)[0];
                lines.Add($"unknown option '{name}' for '{path}'{NameSuggestions.Hint(name, OptionNames(parse.CommandResult))}");
                // The value typed after an unknown option belongs to it: one mistake, one error.
                if (!token.Contains('=', StringComparison.Ordinal) && i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-') && at >= 0 && at + 1 < args.Count && args[at + 1] == unmatched[i + 1])
                {
                    i++;
                    position = at + 2;
                }
            }
            else if (command.Subcommands.Count > 0)
            {
                lines.Add($"unknown command '{token}' for '{path}'{NameSuggestions.Hint(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}");
            }
            else
            {
                lines.Add($"unexpected argument '{token}' for '{path}'");
            }
        }

        foreach (var error in parse.Errors)
        {
            if (!unmatched.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal) && error.Message.StartsWith("Unrecognized", StringComparison.Ordinal)))
            {
                lines.Add(error.Message);
            }
        }

        return lines;
    }

    /// <summary>The closing line of a usage error: <c>Run 'reportgen serve --help' for usage.</c> for the command the mistake was made in.</summary>
    /// <param name="command">The command the parse reached; null for the root.</param>
    public static string HelpHint(CommandResult? command) =>
        command is null ? "Run 'reportgen --help' for usage." : $"Run '{CommandPath(command)} --help' for usage.";

    /// <summary>The command's full name as typed: <c>reportgen new report</c>.</summary>
    /// <param name="command">The command's parse result.</param>
    public static string CommandPath(CommandResult command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var names = new List<string>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    // The options a command accepts, its own and the recursive ones of its parents (--help), by every alias.
    private static List<string> OptionNames(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                foreach (var option in c.Command.Options.Where(o => !o.Hidden && (r == command || o.Recursive)))
                {
                    names.Add(option.Name);
                    names.AddRange(option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal)));
                }
            }
        }

        return names;
    }

    private static int IndexOf(IReadOnlyList<string> args, string token, int from)
    {
        for (var i = from; i < args.Count; i++)
        {
            if (args[i] == token)
            {
                return i;
            }
        }

        return -1;
    }
}
