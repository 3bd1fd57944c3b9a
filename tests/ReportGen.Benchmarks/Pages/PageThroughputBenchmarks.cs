using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using Scriban;
using Scriban.Runtime;

namespace ReportGen.Benchmarks.Pages;

/// <summary>
/// Issue 9 (a): the same 10,000 Markdown pages with one layout, through ReportGen's text pipeline and through Hugo, in
/// one BenchmarkDotNet run on the same machine. ReportGen's side does per page what a build does for an edition's text:
/// front matter (YAML), the body as a Scriban template in <see cref="ReportTemplateContext"/> (Markdown output), Markdig
/// via <see cref="MarkdownRenderer"/>, the Scriban layout, and a file write, in parallel over the pages as the pipeline
/// runs editions. Hugo's side is the <c>hugo</c> process building the same files (its start-up included). Both write to
/// /dev/shm. Two jobs: the default runtime settings, and TieredPGO off (DOTNET_TieredPGO=0); Hugo runs under both,
/// which doubles as a measure of the machine's noise.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class PageThroughputBenchmarks
{
    private Template _layout = null!;
    private string _layoutText = string.Empty;
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        PageCorpus.EnsureCreated();
        _files = [.. Directory.EnumerateFiles(PageCorpus.Content, "*.md").Order(StringComparer.Ordinal)];
        _layoutText = File.ReadAllText(Path.Combine(PageCorpus.Root, "layout.sbn-html"));
        _layout = TemplateRenderer.Parse(_layoutText, "layout.sbn-html", 0, 0, new DiagnosticBag())
            ?? throw new InvalidOperationException("the benchmark layout does not parse");
        if (_files.Length != PageCorpus.Count)
        {
            throw new InvalidOperationException($"expected {PageCorpus.Count} pages in {PageCorpus.Content}, found {_files.Length}");
        }
    }

    /// <summary>Renders and writes every page with ReportGen's text pipeline.</summary>
    /// <returns>Pages written.</returns>
    [Benchmark(Description = "ReportGen (Scriban + Markdig + layout), 10,000 pages")]
    public int ReportGen()
    {
        var diagnostics = new DiagnosticBag();
        var site = new ScriptObject { ["title"] = "Bench Notes", ["publisher"] = "Bench Research" };
        var written = 0;
        Parallel.For(0, _files.Length, i =>
        {
            var path = _files[i];
            var text = File.ReadAllText(path);
            var relative = "content/posts/" + Path.GetFileName(path);
            var front = FrontMatter.Parse(text, relative, diagnostics) ?? throw new InvalidOperationException(relative);
            var body = TemplateRenderer.Parse(text, relative, front.BodyOffset, front.BodyLine, diagnostics) ?? throw new InvalidOperationException(relative);
            var markdown = TemplateRenderer.Render(body, new ScriptObject(), text, relative, diagnostics, mode: RenderMode.Markdown) ?? throw new InvalidOperationException(relative);
            var page = new ScriptObject
            {
                ["title"] = front.Scalar("title"),
                ["date"] = front.Scalar("date"),
                ["content"] = new HtmlFragment(MarkdownRenderer.ToHtml(markdown)),
            };
            var html = TemplateRenderer.Render(_layout, new ScriptObject { ["site"] = site, ["page"] = page }, _layoutText, "layout.sbn-html", diagnostics)
                ?? throw new InvalidOperationException(relative);
            var folder = Path.Combine(PageCorpus.ReportGenOutput, Path.GetFileNameWithoutExtension(path));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"), html);
            Interlocked.Increment(ref written);
        });
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        }

        return written;
    }

    /// <summary>Builds the same pages with the Debian <c>hugo</c> binary.</summary>
    /// <returns>Hugo's exit code (0).</returns>
    [Benchmark(Description = "Hugo (process), 10,000 pages")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods")]
    public int Hugo()
    {
        var start = new ProcessStartInfo("hugo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--quiet", "--source", PageCorpus.Root, "--destination", PageCorpus.HugoOutput, "--cacheDir", Path.Combine(PageCorpus.Root, "hugo-cache"), "--noBuildLock" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("hugo did not start (apt-get install hugo)");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hugo exited {process.ExitCode}: {stderr.Result}");
        }

        return process.ExitCode;
    }

    /// <summary>One launch, 2 warm-ups, 5 measured builds, each build one invocation; default runtime and TieredPGO off.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            var job = Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1);
            AddJob(job.WithId("default"));
            AddJob(job.WithEnvironmentVariable("DOTNET_TieredPGO", "0").WithId("TieredPGO-off"));
        }
    }
}
