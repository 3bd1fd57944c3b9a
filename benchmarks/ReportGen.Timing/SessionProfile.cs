using System.Diagnostics;
using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Timing;

/// <summary>Where an in-memory rebuild's time goes (bench/serve.sh analysis): facts vs text for one report's editions.</summary>
internal static class SessionProfile
{
    public static int Run(string project, string slug)
    {
        var options = new BuildOptions(project);
        var diagnostics = new DiagnosticBag();
        var planned = PlannedProject.Load(options, diagnostics)!;
        var editions = planned.Editions.Where(e => e.Report.Slug == slug).ToList();
        for (var round = 0; round < 4; round++)
        {
            var clock = Stopwatch.StartNew();
            var scopes = editions.Select(e => EditionScope.For(planned.Data, e.Period, e.AsOf, e.Report.Benchmarks, planned.Config)).ToList();
            var histories = editions.Select(e => RenderEdition.History(e, planned.Editions, planned.Data, planned.Config)).ToList();
            for (var i = 0; i < editions.Count; i++)
            {
                RenderText.Run(editions[i], scopes[i], histories[i], planned.Config, ReportGen.Charts.ChartLayout.Picture, new DiagnosticBag());
            }

            var fresh = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            for (var i = 0; i < editions.Count; i++)
            {
                RenderText.Run(editions[i], scopes[i], histories[i], planned.Config, ReportGen.Charts.ChartLayout.Picture, new DiagnosticBag());
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {editions.Count} editions with fresh facts {fresh:0} ms; again with the same facts {clock.Elapsed.TotalMilliseconds:0} ms"));
        }

        var session = new ProjectSession(options, searchAvailable: false);
        var built = session.Build(CancellationToken.None);
        var one = built.Rendered.Where(r => r.Edition.Report.Slug == slug).ToList();
        var page = one[^1].Edition.UrlPath;
        var best = new double[6];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < 15; round++)
        {
            var clock = Stopwatch.StartNew();
            ReportGen.Site.FaqLoader.Run(project, new DiagnosticBag());
            best[0] = Math.Min(best[0], clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            ReportGen.Site.AssembleSite.Run(project, planned.Config, planned.Data, one, new DiagnosticBag(), onlyPages: _ => false);
            best[1] = Math.Min(best[1], clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            ReportGen.Site.AssembleSite.Run(project, planned.Config, planned.Data, one, new DiagnosticBag(), onlyPages: f => f == page);
            best[2] = Math.Min(best[2], clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            session.Build(e => e.UrlPath == page, CancellationToken.None);
            best[3] = Math.Min(best[3], clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            ReportGen.Site.AssembleSite.Run(project, planned.Config, planned.Data, built.Rendered, new DiagnosticBag());
            best[4] = Math.Min(best[4], clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            RenderEdition.Text(one[^1].Edition, planned.Editions, planned.Data, planned.Config, new DiagnosticBag());
            best[5] = Math.Min(best[5], clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best of 15: faq {best[0]:0.0} ms; assemble {slug} no page {best[1]:0.0} ms, one page {best[2]:0.0} ms; whole site {best[4]:0.0} ms; text of one edition {best[5]:0.0} ms; session build with nothing changed {best[3]:0.0} ms"));
        for (var round = 0; round < 0; round++)
        {
            var clock = Stopwatch.StartNew();
            ReportGen.Site.AssembleSite.Run(project, planned.Config, planned.Data, built.Rendered, new DiagnosticBag());
            var full = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            ReportGen.Site.AssembleSite.Run(project, planned.Config, planned.Data, built.Rendered, new DiagnosticBag(), onlyPages: _ => false);
            var none = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assemble round {round}: all pages {full:0} ms; no page laid out {none:0} ms"));
        }

        return 0;
    }
}
