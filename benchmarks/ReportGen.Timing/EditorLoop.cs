using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Timing;

/// <summary>
/// bench/serve.sh: the editor's loop against running dev servers (<c>reportgen serve</c>, <c>hugo server</c>): save an
/// edit, then fetch the page over HTTP every 5 ms until it shows the edit; the time from the save to that fetch is what
/// a browser told to reload would at best see. Targets take turns run by run, so load changes hit them alike.
/// </summary>
/// <remarks>
/// A target is <c>label|base-url|page|file|phrase</c>. When <c>file</c> ends in .csv, the edit changes the close of its
/// last row (alternately up and back by 1%), and "shows" means the page differs from the page before the edit;
/// otherwise the edit puts a fresh word after <c>phrase</c> and "shows" means the page contains that word. Pages are
/// compared without the dev servers' injected scripts.
/// </remarks>
internal static partial class EditorLoop
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(int runs, IReadOnlyList<string> targets)
    {
        var parsed = targets.Select(t => t.Split('|')).ToList();
        if (parsed.Any(p => p.Length != 5))
        {
            Console.Error.WriteLine("each target is label|base-url|page|file|phrase");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var originals = parsed.Select(p => File.ReadAllText(p[3])).ToList();
        var times = parsed.Select(_ => new List<double>()).ToList();
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                for (var t = 0; t < parsed.Count; t++)
                {
                    var (label, url, page, file, phrase) = (parsed[t][0], new Uri(new Uri(parsed[t][1]), parsed[t][2]), parsed[t][2], parsed[t][3], parsed[t][4]);
                    var ms = await OnceAsync(http, url, file, phrase, originals[t], run).ConfigureAwait(false);
                    times[t].Add(ms);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label} #{run}: {ms:0} ms ({page})"));
                    await Task.Delay(1000).ConfigureAwait(false); // let secondary work (a second pass, a GC) settle
                }
            }
        }
        finally
        {
            for (var t = 0; t < parsed.Count; t++)
            {
                File.WriteAllText(parsed[t][3], originals[t]);
            }
        }

        Console.WriteLine("| target | runs | median | p90 | min | max |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var t = 0; t < parsed.Count; t++)
        {
            var sorted = times[t].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {parsed[t][0]} | {sorted.Count} | {Percentile(sorted, 0.5):0} ms | {Percentile(sorted, 0.9):0} ms | {sorted[0]:0} ms | {sorted[^1]:0} ms |"));
        }

        return 0;
    }

    // Nearest-rank percentile of an ascending list.
    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task<double> OnceAsync(HttpClient http, Uri url, string file, string phrase, string original, int run)
    {
        var csv = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var before = Normalize(await http.GetStringAsync(url).ConfigureAwait(false));
        string text, marker = string.Create(CultureInfo.InvariantCulture, $"edit{run}x{Random.Shared.Next(100000, 999999)}");
        if (csv)
        {
            var lines = original.TrimEnd('\n').Split('\n');
            var fields = lines[^1].Split(',');
            var close = double.Parse(fields[1], CultureInfo.InvariantCulture);
            fields[1] = (run % 2 == 1 ? close * 1.01 : close).ToString("R", CultureInfo.InvariantCulture);
            lines[^1] = string.Join(',', fields);
            text = string.Join('\n', lines) + "\n";
        }
        else
        {
            if (!original.Contains(phrase, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"'{phrase}' is not in {file}");
            }

            text = original.Replace(phrase, phrase + " " + marker, StringComparison.Ordinal);
        }

        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, text, new UTF8Encoding(false)).ConfigureAwait(false);
        while (clock.Elapsed < Limit)
        {
            var now = Normalize(await http.GetStringAsync(url).ConfigureAwait(false));
            if (csv ? now != before : now.Contains(marker, StringComparison.Ordinal))
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            await Task.Delay(5).ConfigureAwait(false);
        }

        throw new TimeoutException($"{url} did not show the edit of {file} within {Limit.TotalSeconds} s");
    }

    private static string Normalize(string html) => Injected().Replace(html, string.Empty);

    // reportgen serve's live-reload script and overlay; hugo server's livereload script.
    [GeneratedRegex("<script id=\"reportgen-live-reload\">.*?</script>|<div id=\"reportgen-overlay\".*?</div>\\n|<script src=\"/livereload\\.js[^\"]*\"[^>]*></script>", RegexOptions.Singleline)]
    private static partial Regex Injected();
}
