using System.Diagnostics;
using System.Globalization;
using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Tests.Charts;

// charts [rounds]        time RenderPng at 1x and 2x, and RenderAll (wide + narrow SVG) in parallel, over one fixture chart per kind
// render <kind> <file>   write one fixture chart at 1x (used to compare renders with and without system fonts)
// stages <project> <out> build <project> into <out> with a Stopwatch per pipeline stage (bench/site.sh, bench/scale.sh)
// scale-project <dir> <repository> [--securities N] [--parquet] [--no-tear-sheets]  write the generated 20-year project of bench/scale.sh (5,000 securities by default)
// load <project>         time the data-load stage alone (LoadData.Run), with its peak managed memory
// hugo-site <built-site> <dir> <csv>  write the Hugo project bench/serve.sh times beside reportgen serve
// session-profile <project> <report>  where an in-memory rebuild's time goes: facts vs text, layouts vs the rest
// editor-loop <runs> <label|url|page|file|phrase>...  save an edit, time until the page shows it (bench/serve.sh)
var inv = CultureInfo.InvariantCulture;
if (args.Length == 3 && args[0] == "render")
{
    var spec = ChartFixtures.ForKind(Enum.Parse<ChartKind>(args[1]));
    File.WriteAllBytes(args[2], ChartRenderer.RenderPng(spec, 1));
    return 0;
}

if (args.Length == 3 && args[0] == "stages")
{
    return await ReportGen.Timing.Stages.RunAsync(args[1], args[2]);
}

if (args.Length >= 3 && args[0] == "scale-project")
{
    var securities = ReportGen.Timing.ScaleProject.DefaultSecurities;
    var parquet = false;
    var tearSheets = true;
    for (var i = 3; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--securities" when i + 1 < args.Length:
                securities = int.Parse(args[++i], inv);
                break;
            case "--parquet":
                parquet = true;
                break;
            case "--no-tear-sheets":
                tearSheets = false;
                break;
            default:
                Console.Error.WriteLine("usage: scale-project <dir> <repository> [--securities N] [--parquet] [--no-tear-sheets]");
                return 2;
        }
    }

    ReportGen.Timing.ScaleProject.Write(args[1], args[2], securities, parquet, tearSheets);
    return 0;
}

if (args.Length == 2 && args[0] == "load")
{
    return ReportGen.Timing.LoadStage.Run(args[1]);
}

if (args.Length >= 3 && args[0] == "editor-loop")
{
    return await ReportGen.Timing.EditorLoop.RunAsync(int.Parse(args[1], inv), args[2..]);
}

if (args.Length == 3 && args[0] == "session-profile")
{
    return ReportGen.Timing.SessionProfile.Run(args[1], args[2]);
}

if (args.Length == 4 && args[0] == "hugo-site")
{
    return ReportGen.Timing.HugoSite.Write(args[1], args[2], args[3]);
}

if (args.Length is 0 or > 2 || args[0] != "charts")
{
    Console.Error.WriteLine("usage: charts [rounds] | render <kind> <file> | stages <project> <out> | scale-project <dir> <repository> [--securities N] [--parquet] [--no-tear-sheets] | load <project> | session-profile <project> <report> | hugo-site <built-site> <dir> <csv> | editor-loop <runs> <label|url|page|file|phrase>...");
    return 2;
}

var rounds = args.Length == 2 ? int.Parse(args[1], inv) : 10;
var specs = Enum.GetValues<ChartKind>().Select(ChartFixtures.ForKind).ToList();
foreach (var s in specs)
{
    ChartRenderer.RenderPng(s, 1);
    ChartRenderer.RenderPng(s, 2);
}

foreach (var scale in new[] { 1, 2 })
{
    var sw = Stopwatch.StartNew();
    var bytes = 0L;
    for (var r = 0; r < rounds; r++)
    {
        foreach (var s in specs)
        {
            bytes += ChartRenderer.RenderPng(s, scale).Length;
        }
    }

    var n = rounds * specs.Count;
    Console.WriteLine(string.Create(inv, $"RenderPng {scale}x, sequential: {sw.Elapsed.TotalMilliseconds / n:F1} ms/chart over {n} charts, {bytes / n / 1024} KiB/PNG"));
}

var all = Stopwatch.StartNew();
var count = 0;
for (var r = 0; r < rounds; r++)
{
    count += ChartRenderer.RenderAll(specs).Count;
}

Console.WriteLine(string.Create(inv, $"RenderAll (wide + narrow SVG), parallel on {Environment.ProcessorCount} cores: {count / all.Elapsed.TotalSeconds:F1} files/s ({count} SVGs in {all.Elapsed.TotalSeconds:F2} s)"));

var cache = Path.Combine(Path.GetTempPath(), "reportgen-bench-cache");
ChartRenderer.RenderAll(specs, cacheDirectory: cache);
var cached = Stopwatch.StartNew();
var hits = ChartRenderer.RenderAll(specs, cacheDirectory: cache).Count(i => i.FromCache);
Console.WriteLine(string.Create(inv, $"RenderAll with warm cache: {hits} of {specs.Count * 2} from cache in {cached.Elapsed.TotalMilliseconds:F1} ms"));
Directory.Delete(cache, recursive: true);
return 0;
