using System.Security.Cryptography;
using ReportGen.Facts;
using ScottPlot;
using SkiaSharp;
namespace ReportGen.Charts;

/// <summary>
/// The one house style of every chart: the bundled Inter font, a colour-blind-safe palette (Okabe-Ito) with text colours that
/// pass WCAG AA (≥ 4.5:1 on white), and the chart size. Fonts are ScottPlot's global state, so they are registered here once
/// (STYLE §2.3) from the files in <c>Charts/Fonts/</c> next to the assembly, never from the system.
/// </summary>
public static class ChartTheme
{
    /// <summary>The family name the bundled font is registered under; unique so no installed "Inter" can shadow it.</summary>
    public const string FontFamily = "ReportGen Inter";

    /// <summary>Version of the look; bump it with every visual change so cached PNGs (see <see cref="Fingerprint"/>) are redrawn.</summary>
    public const string Version = "2";

    /// <summary>Chart width in CSS pixels (the PNG at scale 1 has this many pixels; at scale 2, twice as many).</summary>
    public const int Width = ChartSpec.Width;

    /// <summary>Chart height in CSS pixels.</summary>
    public const int Height = ChartSpec.Height;

    /// <summary>Page background: white.</summary>
    public const string Background = "#FFFFFF";

    /// <summary>Title, tick labels and value labels: near-black, 17.4:1 on white.</summary>
    public const string Text = "#1A1A1A";

    /// <summary>Subtitle, source line and benchmark series: dark grey, 7.0:1 on white.</summary>
    public const string MutedText = "#595959";

    /// <summary>Grid lines: light grey, decoration only.</summary>
    public const string Grid = "#E3E3E3";

    /// <summary>Bars and points for gains: Okabe-Ito blue, 5.0:1 on white.</summary>
    public const string Gain = "#0072B2";

    /// <summary>Bars and points for losses: Okabe-Ito vermillion, distinct from <see cref="Gain"/> under all common colour-vision deficiencies.</summary>
    public const string Loss = "#D55E00";

    /// <summary>Axis and zero lines: mid grey, decoration only.</summary>
    public const string Axis = "#8C8C8C";

    /// <summary>
    /// The dark scheme, shown under <c>prefers-color-scheme: dark</c> by CSS inside each SVG: every light colour above (keys,
    /// upper-case #RRGGBB) and its dark counterpart. The background is the site's dark <c>--bg</c> (#121417), text and
    /// grid its <c>--fg</c>, <c>--muted</c> and <c>--rule</c>; series colours are lighter Okabe-Ito tints, each ≥ 7:1 on
    /// #121417 (the light ones' blue would be 3.6:1), the axis 3.7:1 (a graphic, WCAG 1.4.11 asks 3:1).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Dark { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Background] = "#121417",
        [Text] = "#E6E6E6",
        [MutedText] = "#A9B0B8",
        [Grid] = "#363A40",
        [Axis] = "#6B7178",
        ["#0072B2"] = "#56B4E9",
        ["#D55E00"] = "#F0894A",
        ["#009E73"] = "#2EC4A0",
        ["#CC79A7"] = "#E08FC0",
        ["#E69F00"] = "#F0B840",
        ["#56B4E9"] = "#A8D8F5",
    };

    private static readonly Lazy<string> LazyFingerprint = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Series colours in order (Okabe-Ito, yellow left out for contrast on white); series beyond six reuse them.</summary>
    public static IReadOnlyList<string> SeriesColors { get; } = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];

    /// <summary>The folder holding <c>Inter-Regular.otf</c>, <c>Inter-Bold.otf</c> and <c>OFL.txt</c>: <c>Charts/Fonts</c> next to this assembly.</summary>
    public static string FontDirectory { get; } = Path.Combine(AssemblyDirectory(), "Charts", "Fonts");

    /// <summary>
    /// <see cref="Version"/> plus the SHA-256 of both font files: part of every chart's content hash, so a new font or look
    /// invalidates the render cache. Reading it registers the fonts.
    /// </summary>
    /// <exception cref="FileNotFoundException">A bundled font file is missing from <see cref="FontDirectory"/>.</exception>
    /// <exception cref="InvalidOperationException">ScottPlot resolved the font family to something other than the bundled Inter.</exception>
    public static string Fingerprint => LazyFingerprint.Value;

    /// <summary>Registers Inter Regular and Bold with ScottPlot (once per process, thread-safe) and makes them ScottPlot's default font.</summary>
    /// <exception cref="FileNotFoundException">A bundled font file is missing from <see cref="FontDirectory"/>.</exception>
    /// <exception cref="InvalidOperationException">ScottPlot resolved the font family to something other than the bundled Inter.</exception>
    public static void EnsureFontsRegistered() => _ = LazyFingerprint.Value;

    /// <summary>The colour of the <paramref name="index"/>-th non-benchmark series.</summary>
    internal static Color SeriesColor(int index) => Color.FromHex(SeriesColors[index % SeriesColors.Count]);

    /// <summary>The bundled typeface, regular or bold.</summary>
    internal static SKTypeface Typeface(bool bold) => Fonts.GetTypeface(FontFamily, bold, italic: false);

    private static string Register()
    {
        var regular = Path.Combine(FontDirectory, "Inter-Regular.otf");
        var bold = Path.Combine(FontDirectory, "Inter-Bold.otf");
        foreach (var file in new[] { regular, bold })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"bundled chart font missing: {file} (it is copied from src/ReportGen/Charts/Fonts at build)", file);
            }
        }

        Fonts.AddFontFile(FontFamily, regular, bold: false, italic: false);
        Fonts.AddFontFile(FontFamily, bold, bold: true, italic: false);
        Fonts.Default = FontFamily;
        Fonts.Sans = FontFamily;
        foreach (var isBold in new[] { false, true })
        {
            var face = Typeface(isBold);
            if (face.FamilyName != "Inter" || face.IsBold != isBold)
            {
                throw new InvalidOperationException($"chart font '{FontFamily}' (bold: {isBold}) resolved to '{face.FamilyName}' (bold: {face.IsBold}), not the bundled Inter");
            }
        }

        return Version + "+" + Hash(regular) + "+" + Hash(bold);
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
    }

    private static string AssemblyDirectory()
    {
        var location = typeof(ChartTheme).Assembly.Location;
        return string.IsNullOrEmpty(location) ? AppContext.BaseDirectory : Path.GetDirectoryName(location)!;
    }
}
