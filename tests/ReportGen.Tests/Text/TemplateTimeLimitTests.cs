using System.Diagnostics;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using Scriban.Runtime;

namespace ReportGen.Tests.Text;

/// <summary>
/// A template that escapes the loop and recursion limits (here: a function that calls itself twice, 2^20 calls, no loop)
/// is stopped at the render time limit with RG2031 at the template's file, line and column instead of running on.
/// </summary>
public sealed class TemplateTimeLimitTests
{
    private const string Path = "templates/reports/runaway.sbn-md";

    // About 2 s on a quiet machine without a time limit (2^20 calls); each added level doubles it, so f(40) would run for weeks.
    private const string Runaway = "{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end }}\nDone: {{ f(20) }}\n";

    [Fact]
    public void Render_RunawayRecursion_StopsAtTheTimeLimitWithItsLocation()
    {
        var diagnostics = new DiagnosticBag();
        var template = TemplateRenderer.Parse(Runaway, Path, 0, 0, diagnostics);
        Assert.NotNull(template);
        var clock = Stopwatch.StartNew();

        var output = TemplateRenderer.Render(template, new ScriptObject(), Runaway, Path, diagnostics, timeLimit: TimeSpan.FromMilliseconds(200));

        clock.Stop();
        Assert.Null(output);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("RG2031", error.Code);
        Assert.Equal("the template ran longer than its time limit of 0.2 s and was stopped here; look for a loop or a recursive function that does not end (see README, Limits)", error.Message);
        Assert.Equal(Path, error.Location!.Path);
        Assert.InRange(error.Location.Line, 1, 2);
        Assert.True(error.Location.Column >= 1);
        Assert.NotNull(error.SourceLine);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Render_PastTheDeadline_StopsWithoutWaitingForTheTimer()
    {
        // The cancellation source's timer never fires here (it has none): the context itself sees the deadline has passed.
        // Before, the limit rested on that timer alone, whose callback a busy thread pool delayed past the whole render (CI, 2 cores).
        var template = TemplateRenderer.Parse(Runaway, Path, 0, 0, new DiagnosticBag())!;
        using var never = new CancellationTokenSource();
        var context = new ReportTemplateContext { CancellationToken = never.Token, Deadline = (Stopwatch.GetTimestamp() - 1, never) };
        context.PushGlobal(new ScriptObject());

        Assert.Throws<Scriban.Syntax.ScriptAbortException>(() => template.Render(context));
        Assert.True(never.IsCancellationRequested);
    }

    [Fact]
    public void Render_DefaultTimeLimit_IsSixtySeconds() =>
        Assert.Equal(TimeSpan.FromSeconds(60), TemplateRenderer.DefaultTimeLimit);

    [Fact]
    public void Render_QuickTemplate_IsUnaffectedByTheLimit()
    {
        const string text = "{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end }}Done{{ f(3) }}.";
        var diagnostics = new DiagnosticBag();
        var template = TemplateRenderer.Parse(text, Path, 0, 0, diagnostics)!;

        var output = TemplateRenderer.Render(template, new ScriptObject(), text, Path, diagnostics, timeLimit: TimeSpan.FromSeconds(10));

        Assert.Equal("Done.", output);
        Assert.Empty(diagnostics.Sorted());
    }
}
