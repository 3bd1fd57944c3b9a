using System.Diagnostics;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Charts;

/// <summary>
/// Charts draw with the bundled Inter only: a build whose fontconfig sees no fonts at all (a config naming one empty
/// folder) writes the same PNG bytes as a build on this machine's fonts.
/// </summary>
public sealed class ChartFontIsolationTests
{
    [Fact]
    public async Task Build_WithFontconfigPointedAtAnEmptyFolder_WritesTheSameChartBytes()
    {
        using var normal = new FixtureProject("mini");
        using var isolated = new FixtureProject("mini");
        var fonts = Path.Combine(isolated.Root, ".no-fonts");
        Directory.CreateDirectory(Path.Combine(fonts, "fonts"));
        var config = Path.Combine(fonts, "fonts.conf");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig><dir>{Path.Combine(fonts, "fonts")}</dir><cachedir>{Path.Combine(fonts, "cache")}</cachedir></fontconfig>
            """);
        var environment = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config, ["FONTCONFIG_PATH"] = fonts };
        Assert.True(FontCount(null) > 0, "fc-list lists no fonts on this machine, so the comparison would prove nothing");
        Assert.Equal(0, FontCount(environment));

        await CliProcess.BuildAsync(normal.Root, null);
        await CliProcess.BuildAsync(isolated.Root, null, environment);

        var expected = FixtureProject.Snapshot(normal.Site).Where(f => f.Key.EndsWith(".png", StringComparison.Ordinal) || f.Key.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        var actual = FixtureProject.Snapshot(isolated.Site);
        Assert.NotEmpty(expected);
        Assert.All(expected, png => Assert.True(actual.TryGetValue(png.Key, out var bytes) && bytes.AsSpan().SequenceEqual(png.Value), $"{png.Key} differs when fontconfig has no fonts"));
    }

    // Fonts fontconfig offers under the given environment, counted by fc-list (part of fontconfig, which SkiaSharp uses on Linux).
    private static int FontCount(IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("fc-list") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("fc-list did not start (apt-get install fontconfig)");
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        process.WaitForExit();
        return lines;
    }
}
