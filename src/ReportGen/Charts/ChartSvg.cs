using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
namespace ReportGen.Charts;

/// <summary>
/// Turns Skia's SVG output (<c>SKSvgCanvas</c>) into the published file: ids renumbered in document order
/// (<c>c0</c>, <c>c1</c>, ...) so they never depend on Skia's counters, coordinates rounded to 1/10 CSS px (a third of a device pixel at 3x), paths of one point (zero-length ticks) dropped, the font named
/// once in CSS with system fallbacks instead of on every <c>&lt;text&gt;</c>, and a dark scheme: CSS rules under
/// <c>@media (prefers-color-scheme: dark)</c> that recolour each light colour of <see cref="ChartTheme"/> to its
/// <see cref="ChartTheme.Dark"/> counterpart (attribute selectors on the exact <c>fill</c>/<c>stroke</c> text).
/// </summary>
internal static partial class ChartSvg
{
    /// <summary>The font stack drawn text falls back to where Inter is not installed (an SVG shown by &lt;img&gt; cannot load web fonts).</summary>
    public const string FontStack = "Inter,system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

    /// <summary>
    /// The stroke colour a dashed line is drawn in on the SVG canvas (one step off <see cref="ChartTheme.MutedText"/>, used
    /// by nothing else): <see cref="Finish"/> writes it back as <see cref="ChartTheme.MutedText"/> with <c>stroke-dasharray="8 4"</c>.
    /// </summary>
    public const string DashedStroke = "#595958";

    // The named colours Skia's SVG device writes instead of hex (CSS 3 / HTML 4 names), as #RRGGBB.
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["black"] = "#000000",
        ["navy"] = "#000080",
        ["blue"] = "#0000FF",
        ["green"] = "#008000",
        ["teal"] = "#008080",
        ["lime"] = "#00FF00",
        ["aqua"] = "#00FFFF",
        ["maroon"] = "#800000",
        ["purple"] = "#800080",
        ["olive"] = "#808000",
        ["gray"] = "#808080",
        ["silver"] = "#C0C0C0",
        ["red"] = "#FF0000",
        ["fuchsia"] = "#FF00FF",
        ["yellow"] = "#FFFF00",
        ["white"] = "#FFFFFF",
    };

    /// <summary>Finishes <paramref name="raw"/> (see the class summary); the same input gives the same bytes.</summary>
    /// <param name="raw">Skia's SVG document.</param>
    /// <returns>The SVG text to publish.</returns>
    /// <exception cref="InvalidOperationException">The document has no root <c>&lt;svg&gt;</c> element.</exception>
    public static string Finish(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var svg = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        svg = XmlDeclaration().Replace(svg, string.Empty);
        svg = DropOverdrawn(svg);
        svg = RenumberIds(svg);
        svg = svg.Replace("stroke=\"" + DashedStroke.ToLowerInvariant() + "\"", "stroke=\"" + ChartTheme.MutedText + "\" stroke-dasharray=\"8 4\"", StringComparison.OrdinalIgnoreCase);
        svg = TextContent().Replace(svg, ">${text}</text>");
        svg = FontFamily().Replace(svg, string.Empty);
        svg = Attribute().Replace(svg, m => m.Groups["name"].Value is "fill" or "stroke" ? m.Value : m.Groups["head"].Value + RoundNumbers(m.Groups["value"].Value) + "\"");
        svg = Whitespace().Replace(svg, ">\n<");
        svg = ZeroLengthPath().Replace(svg, string.Empty);
        var css = new StringBuilder("text{font-family:").Append(FontStack).Append("}@media (prefers-color-scheme:dark){");
        foreach (var (written, dark) in DarkRules(svg))
        {
            css.Append(CultureInfo.InvariantCulture, $"[fill=\"{written}\"]{{fill:{dark}}}[stroke=\"{written}\"]{{stroke:{dark}}}");
        }

        css.Append('}');
        var root = RootElement().Match(svg);
        if (!root.Success)
        {
            throw new InvalidOperationException("Skia's SVG output has no <svg> element");
        }

        var insertAt = root.Index + root.Length;
        return svg[..insertAt] + "\n<style>" + css + "</style>" + svg[insertAt..].TrimEnd() + "\n";
    }

    /// <summary>Every <c>fill</c>/<c>stroke</c> colour of <paramref name="svg"/> that has no dark counterpart (neither in <see cref="ChartTheme.Dark"/> nor "none"), sorted.</summary>
    public static IReadOnlyList<string> UnmappedColors(string svg) =>
        [.. Colors(svg).Where(c => c != "none" && !ChartTheme.Dark.ContainsKey(Normalize(c))).Order(StringComparer.Ordinal)];

    private static IEnumerable<(string Written, string Dark)> DarkRules(string svg) =>
        Colors(svg).Select(c => (c, ChartTheme.Dark.GetValueOrDefault(Normalize(c)))).Where(p => p.Item2 is not null).OrderBy(p => p.c, StringComparer.Ordinal).Select(p => (p.c, p.Item2!));

    private static HashSet<string> Colors(string svg) =>
        [.. ColorAttribute().Matches(svg).Select(m => m.Groups["value"].Value)];

    /// <summary>A colour as Skia writes it ("white", "#abc", "#aabbcc") as upper-case #RRGGBB; anything else unchanged.</summary>
    private static string Normalize(string color)
    {
        if (Named.TryGetValue(color, out var hex))
        {
            return hex;
        }

        if (color.Length == 4 && color[0] == '#')
        {
            return string.Concat("#", new string(color[1], 2), new string(color[2], 2), new string(color[3], 2)).ToUpperInvariant();
        }

        return color.ToUpperInvariant();
    }

    /// <summary>
    /// Keeps what follows the last clear of the whole canvas: ScottPlot renders a plot twice when its first pass changes the
    /// layout, and a clear (a <c>&lt;rect&gt;</c> of the full size without a fill, as Skia writes it) hides everything
    /// before it, so the elements before it are never seen; the clear itself is given the white background it paints.
    /// </summary>
    private static string DropOverdrawn(string svg)
    {
        var clears = ClearRect().Matches(svg);
        var root = RootElement().Match(svg);
        if (clears.Count == 0 || !root.Success)
        {
            return svg;
        }

        var last = clears[^1];
        return svg[..(root.Index + root.Length)] + "\n<rect fill=\"white\" " + svg[(last.Index + "<rect ".Length)..];
    }

    private static string RenumberIds(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
        {
            map.TryAdd(m.Groups["id"].Value, "c" + map.Count.ToString(CultureInfo.InvariantCulture));
        }

        if (map.Count == 0)
        {
            return svg;
        }

        return IdReference().Replace(svg, m => map.TryGetValue(m.Groups["id"].Value, out var id) ? m.Groups["head"].Value + id + m.Groups["tail"].Value : m.Value);
    }

    private static string RoundNumbers(string value) => Number().Replace(value, m =>
    {
        var rounded = Math.Round(double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("0.#", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    });

    [GeneratedRegex("""<\?xml[^>]*\?>\s*""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\sfont-family=""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"(?<head>\s(?<name>[\w:-]+)="")(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\s(?:fill|stroke)=""(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex ColorAttribute();

    [GeneratedRegex("""-?\d+\.\d+(?:e[-+]?\d+)?""", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(""">\s*(?<text>[^<]*?)\s*</text>""", RegexOptions.CultureInvariant)]
    private static partial Regex TextContent();

    // ScottPlot's clear of the whole canvas: Skia writes it without a fill (black); the light background is white.
    [GeneratedRegex("""<rect (?=width="[\d.]+" height="[\d.]+"/>)""", RegexOptions.CultureInvariant)]
    private static partial Regex ClearRect();

    // A path that is one point (ScottPlot draws ticks of length 0, in black): it paints nothing.
    [GeneratedRegex("""<path [^>]*\bd="M(?<x>-?[\d.]+) (?<y>-?[\d.]+)L\k<x> \k<y>"/>\n""", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroLengthPath();

    [GeneratedRegex(""">\s+<""", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex("""<svg\b[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex RootElement();

    [GeneratedRegex(@"\sid=""(?<id>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("""(?<head>\sid="|url\(#|href="#)(?<id>[^")]+)(?<tail>[")])""", RegexOptions.CultureInvariant)]
    private static partial Regex IdReference();
}
