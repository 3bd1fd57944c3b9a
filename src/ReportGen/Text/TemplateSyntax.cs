using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using Scriban.Parsing;

namespace ReportGen.Text;

/// <summary>
/// Finds the constructs Scriban parses without an error but that swallow the text after them, so that a heading or a
/// paragraph silently vanishes from the page. Read from Scriban's lexer (<c>src/Scriban/Parsing/Lexer.cs</c>, 7.x):
/// <list type="bullet">
/// <item>inside a code block, a <c>{</c> opens an object literal and <c>}}</c> only closes the block once every such
/// brace is closed, so a <c>{{</c> left open reads on through the next <c>{{ ... }}</c> as code;</item>
/// <item><c>#</c> starts a comment that runs to the end of its line, and <c>##</c> one that runs to the next <c>##</c>
/// or <c>}}</c>, so Markdown headings inside a block left open become comments;</item>
/// <item>a string literal (<c>"</c>, <c>'</c> or <c>`</c>) runs to its closing quote across lines, so one left open reads
/// on to the next quote in the prose (an apostrophe will do);</item>
/// <item>a code block or a raw block (<c>{%{ ... }%}</c>) never closed runs to the end of the file;</item>
/// <item>in a Markdown template, a block with code on its opening line that runs on across a blank line
/// (<c>{{ chart "x"</c> with its <c>}}</c> forgotten, then a paragraph) reads the paragraphs after it as code: a block
/// of several lines either has no blank line or starts with <c>{{~</c> alone at the end of its line, as the sample reports
/// write their variables.</item>
/// </list>
/// Each finding is placed at the opening <c>{{</c> (or <c>{%{</c>), where the mistake is, rather than where Scriban
/// gave up, which may be many lines later or nowhere.
/// </summary>
public static partial class TemplateSyntax
{
    // A line holding nothing but spaces: a paragraph break, which code does not need and prose has.
    [GeneratedRegex(@"\n[ \t]*\r?\n")]
    private static partial Regex BlankLineRegex();

    private static Regex BlankLine => BlankLineRegex();

    /// <summary>One construct that swallows text.</summary>
    /// <param name="Code">The diagnostic code: <see cref="DiagnosticCodes.UnclosedCodeBlock"/>, <see cref="DiagnosticCodes.UnclosedString"/>
    /// or <see cref="DiagnosticCodes.UnclosedRawBlock"/>.</param>
    /// <param name="Start">Where the block that swallows starts (its <c>{{</c> or <c>{%{</c>).</param>
    /// <param name="Message">What was swallowed and how to fix it.</param>
    public sealed record Finding(string Code, TextPosition Start, string Message);

    /// <summary>Finds every code or raw block of <paramref name="text"/> that swallows text; one finding per block.</summary>
    /// <param name="text">The whole file text.</param>
    /// <param name="offset">0-based character offset where the template starts (after the front matter).</param>
    /// <param name="line">0-based line of that offset.</param>
    /// <param name="markdown">True for a Markdown template (a report body or an editor's note), where a code block
    /// with code on its opening line must close on that line.</param>
    /// <returns>The findings in file order; empty when nothing swallows text.</returns>
    public static IReadOnlyList<Finding> Check(string text, int offset, int line, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<Finding>();
        var lexer = new Lexer(text, options: new LexerOptions { StartPosition = new TextPosition(offset, line, 0) });
        Token? enter = null;      // the CodeEnter of the open code block
        Token? escape = null;     // the EscapeEnter of an open raw block
        (string Code, string Message)? problem = null;   // the first problem of the open code block
        var codeOnOpeningLine = false;
        var openingLineDone = false;
        Token previous = default;
        foreach (var token in lexer)
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                    enter = token;
                    problem = null;
                    codeOnOpeningLine = false;
                    openingLineDone = false;
                    break;
                case TokenType.CodeExit when enter is { } open:
                    if (problem is null && markdown && codeOnOpeningLine && BlankLine.IsMatch(text.AsSpan(open.End.Offset, token.Start.Offset - open.End.Offset)))
                    {
                        problem = (DiagnosticCodes.UnclosedCodeBlock, $"'{{{{' is not closed on its line: the block runs on across a blank line to the '}}}}' at {At(token.Start)}, and line(s) {open.Start.Line + 2}-{token.Start.Line + 1} are read as code, not text; close it with '}}}}' (a block of several lines starts with '{{{{~' alone at the end of its line)");
                    }

                    Report(findings, open, problem);
                    enter = null;
                    break;
                case TokenType.EscapeEnter:
                    escape = token;
                    break;
                case TokenType.EscapeExit:
                    escape = null;
                    break;
                case TokenType.Eof:
                    if (enter is { } unclosed)
                    {
                        // A string left open to the end of the file gives no token, only the lexer's error.
                        var openString = lexer.Errors.Any(e => e.Message.Contains("string not terminated", StringComparison.Ordinal));
                        problem ??= openString
                            ? (DiagnosticCodes.UnclosedString, "a string in this block is never closed: the rest of the file is read as one string; add its closing quote")
                            : (DiagnosticCodes.UnclosedCodeBlock, "'{{' is never closed: the rest of the file is read as code, not text; close it with '}}'");
                        Report(findings, unclosed, problem);
                        enter = null;
                    }

                    if (escape is { } raw)
                    {
                        findings.Add(new Finding(DiagnosticCodes.UnclosedRawBlock, raw.Start, $"'{raw.GetText(text)}' is never closed: the rest of the file is printed as it stands, code included; close it with '{Closer(raw.GetText(text))}'"));
                    }

                    break;
                default:
                    if (enter is null)
                    {
                        break;
                    }

                    if (token.Type == TokenType.NewLine)
                    {
                        openingLineDone = true;
                    }
                    else if (!openingLineDone && token.Type is not (TokenType.Comment or TokenType.CommentMulti or TokenType.Whitespace or TokenType.WhitespaceFull))
                    {
                        codeOnOpeningLine = true;
                    }

                    problem ??= Swallows(text, token, previous);
                    break;
            }

            previous = token;
        }

        return findings;
    }

    private static void Report(List<Finding> findings, Token open, (string Code, string Message)? problem)
    {
        if (problem is { } p)
        {
            findings.Add(new Finding(p.Code, open.Start, p.Message));
        }
    }

    // The problem a token inside a code block shows, or null: a second '{{' (two adjacent braces, or inside a comment or
    // a string), a comment that swallowed it, or a string literal running across lines.
    private static (string Code, string Message)? Swallows(string text, Token token, Token previous)
    {
        if (token.Type == TokenType.OpenBrace && previous.Type == TokenType.OpenBrace && previous.Start.Offset == token.Start.Offset - 1)
        {
            return (DiagnosticCodes.UnclosedCodeBlock, $"'{{{{' is not closed before the next '{{{{' at {At(previous.Start)}: the text between is read as code, not text; close it with '}}}}'");
        }

        var kind = token.Type switch
        {
            TokenType.Comment or TokenType.CommentMulti => "comment",
            TokenType.String or TokenType.VerbatimString or TokenType.ImplicitString or TokenType.InterpolatedString or TokenType.BeginInterpolatedString => "string",
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var body = token.GetText(text);
        var nested = body.IndexOf("{{", StringComparison.Ordinal);
        if (nested >= 0)
        {
            var at = Advance(token.Start, body, nested);
            return kind == "comment"
                ? (DiagnosticCodes.UnclosedCodeBlock, $"'{{{{' is not closed before the next '{{{{' at {At(at)}: the '#' at {At(token.Start)} starts a comment that swallows the text between (a Markdown heading, say); close the block with '}}}}'")
                : (DiagnosticCodes.UnclosedString, $"'{{{{' is not closed before the next '{{{{' at {At(at)}: the quote at {At(token.Start)} starts a string that swallows the text between; close the string and the block");
        }

        if (kind == "string" && body.Contains('\n', StringComparison.Ordinal))
        {
            return (DiagnosticCodes.UnclosedString, $"the string that starts at {At(token.Start)} is not closed on its line and runs on to {At(token.End)}, swallowing the text between; add its closing quote");
        }

        return null;
    }

    private static string Closer(string escapeEnter) => "}" + new string('%', escapeEnter.Count(c => c == '%')) + "}";

    // The position of body[index], body starting at start.
    private static TextPosition Advance(TextPosition start, string body, int index)
    {
        var line = start.Line;
        var column = start.Column;
        for (var i = 0; i < index; i++)
        {
            if (body[i] == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        return new TextPosition(start.Offset + index, line, column);
    }

    private static string At(TextPosition p) => string.Create(CultureInfo.InvariantCulture, $"{p.Line + 1}:{p.Column + 1}");
}
