using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Project;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Config;

/// <summary>Reads <c>reportgen.yml</c>; every problem is a diagnostic with its line and column.</summary>
public static class SiteConfigReader
{
    /// <summary>Path of the settings file, relative to the project root.</summary>
    public const string ConfigPath = ProjectLayout.ConfigFile;

    /// <summary>Reads <c>&lt;projectRoot&gt;/reportgen.yml</c>.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="diagnostics">Where problems go (<see cref="DiagnosticCodes.BadConfig"/>).</param>
    /// <returns>The settings; defaults stand in for what could not be read.</returns>
    public static SiteConfig Read(string projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = new ProjectLayout(projectRoot).Config;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.BadConfig, $"cannot read the site settings: {e.Message}; expected {ConfigPath} with title, publisher, base_url, disclaimer", SourceLocation.File(ConfigPath));
            return Parse(string.Empty, new DiagnosticBag());
        }

        return Parse(text, diagnostics);
    }

    /// <summary>
    /// Parses the YAML text of reportgen.yml: first against <c>schemas/reportgen.schema.json</c>
    /// (<see cref="SchemaValidator.SiteConfig"/>: unknown keys, types, ranges, each at its node), then, when it matches,
    /// the checks the schema cannot express (thresholds in order, base_url an absolute URL).
    /// </summary>
    /// <param name="yaml">The text.</param>
    /// <param name="diagnostics">Where problems go: RG1070-RG1073 for a schema mismatch (then the defaults are returned),
    /// <see cref="DiagnosticCodes.BadConfig"/> for the rest.</param>
    public static SiteConfig Parse(string yaml, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = new YamlMappingNode();
        if (!YamlText.TryLoad(yaml, out var node, out var error))
        {
            diagnostics.Error(error.Code ?? DiagnosticCodes.BadConfig, error.Code is null ? $"not valid YAML: {error.Message}" : error.Message, new SourceLocation(ConfigPath, Math.Max(error.Line, 1), error.Column));
        }
        else if (!SchemaValidator.SiteConfig.Validate(node, ConfigPath, diagnostics))
        {
            // Reported at each mistake (schemas/reportgen.schema.json); reading on would add follow-on errors.
            return Parse(string.Empty, new DiagnosticBag());
        }
        else if (node is YamlMappingNode map)
        {
            root = map;
        }

        var baseUrl = Text(root, "base_url", "https://example.org/");
        if (!baseUrl.EndsWith('/'))
        {
            baseUrl += "/";
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            diagnostics.Error(DiagnosticCodes.BadConfig, $"'{baseUrl}' in 'base_url' is not an absolute http(s) URL; expected e.g. https://example.org/notes/", Locate(root, "base_url"));
        }

        var defaults = new NarrativeThresholds();
        var t = root.Children.TryGetValue(new YamlScalarNode("thresholds"), out var tn) && tn is YamlMappingNode tm ? tm : new YamlMappingNode();
        var thresholds = new NarrativeThresholds(
            Number(t, "thresholds", "surged", defaults.Surged, diagnostics),
            Number(t, "thresholds", "rose", defaults.Rose, diagnostics),
            Number(t, "thresholds", "edged_up", defaults.EdgedUp, diagnostics),
            Number(t, "thresholds", "matched", defaults.Matched, diagnostics));
        if (!(thresholds.Surged > thresholds.Rose && thresholds.Rose > thresholds.EdgedUp && thresholds.EdgedUp > 0 && thresholds.Matched >= 0))
        {
            diagnostics.Error(DiagnosticCodes.BadConfig, "thresholds must satisfy surged > rose > edged_up > 0 and matched >= 0 (fractions: 0.10 = 10%)", Locate(root, "thresholds"));
        }

        var st = root.Children.TryGetValue(new YamlScalarNode("stress"), out var sn) && sn is YamlMappingNode sm ? sm : new YamlMappingNode();
        var stressDefaults = new StressSettings();
        var stress = new StressSettings(Number(st, "stress", "shock", stressDefaults.Shock, diagnostics), (int)Number(st, "stress", "top", stressDefaults.Top, diagnostics));
        if (!(stress.Shock is >= -1 and < 0) || stress.Top < 1)
        {
            diagnostics.Error(DiagnosticCodes.BadConfig, "stress needs shock between -1 and 0 (a fraction: -0.20 = a 20% fall) and top of at least 1", Locate(root, "stress"));
        }

        var language = Text(root, "language", "en");
        if (!SiteCulture.TryGet(language, out _))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLanguage, $"'{language}' in 'language' is not a language ReportGen can write numbers and dates in" + NameSuggestions.Hint(language, SiteCulture.Supported.Keys) + " (docs/languages.md)", LocateValue(root, "language"));
        }

        return new SiteConfig(
            Text(root, "title", "Market Notes"),
            Text(root, "publisher", "ReportGen"),
            Text(root, "description", string.Empty),
            baseUrl,
            language,
            Text(root, "disclaimer", "This material is for information only and is not investment advice."),
            thresholds,
            stress)
        {
            AllowRawHtml = Flag(root, "raw_html", false, diagnostics),
            Benchmark = Text(root, "benchmark", SiteConfig.DefaultBenchmark).Trim(),
            MaxDataAge = MaxDataAge(root, diagnostics),
            LabelOverrides = Labels(root, diagnostics),
        };
    }

    private static bool Flag(YamlMappingNode map, string key, bool fallback, DiagnosticBag diagnostics)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return fallback;
        }

        var text = (node as YamlScalarNode)?.Value;
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return text is "true" or "True" or "TRUE";
        }

        diagnostics.Error(DiagnosticCodes.BadConfig, $"'{text}' in '{key}' is not true or false", new SourceLocation(ConfigPath, (int)node.Start.Line, (int)node.Start.Column));
        return fallback;
    }

    // publishing.max_data_age: a whole number of trading days, at least 0 (see SiteConfig.MaxDataAge).
    private static int MaxDataAge(YamlMappingNode root, DiagnosticBag diagnostics)
    {
        var section = root.Children.TryGetValue(new YamlScalarNode("publishing"), out var node) && node is YamlMappingNode map ? map : new YamlMappingNode();
        var days = Number(section, "publishing", "max_data_age", SiteConfig.DefaultMaxDataAge, diagnostics);
        if (days >= 0 && days == Math.Floor(days) && days <= 10_000)
        {
            return (int)days;
        }

        diagnostics.Error(DiagnosticCodes.BadConfig, "publishing.max_data_age must be a whole number of trading days from 0 to 10000, e.g. 10", Locate(section, "max_data_age"));
        return SiteConfig.DefaultMaxDataAge;
    }

    // labels: key -> text; the schema has checked the keys and that each value is a non-empty string. A text must keep
    // the slots of the built-in one ({period} ...): a slot dropped would drop a date or a link from every page, a slot
    // added would have nothing to fill it.
    private static Dictionary<string, string> Labels(YamlMappingNode root, DiagnosticBag diagnostics)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("labels"), out var node) && node is YamlMappingNode map)
        {
            foreach (var (k, v) in map.Children)
            {
                if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: { } text })
                {
                    var expected = LayoutLabels.DefaultSlots(key);
                    var given = LayoutLabels.Slots(text);
                    var missing = expected.Except(given, StringComparer.Ordinal).ToList();
                    var extra = given.Except(expected, StringComparer.Ordinal).ToList();
                    if (LayoutLabels.Keys.Contains(key, StringComparer.Ordinal) && (missing.Count > 0 || extra.Count > 0))
                    {
                        var wrong = string.Join("; ", new[]
                        {
                            missing.Count > 0 ? "it leaves out " + string.Join(", ", missing.Select(m => "{" + m + "}")) : null,
                            extra.Count > 0 ? "nothing fills " + string.Join(", ", extra.Select(m => "{" + m + "}")) : null,
                        }.OfType<string>());
                        var keep = expected.Count > 0 ? $"keep {string.Join(", ", expected.Select(m => "{" + m + "}"))}" : "it has no slots";
                        diagnostics.Error(DiagnosticCodes.LabelSlots, $"the label '{key}' in 'labels' does not fit its layout: {wrong} ({keep}; docs/languages.md)", new SourceLocation(ConfigPath, (int)v.Start.Line, (int)v.Start.Column));
                        continue;
                    }

                    labels[key] = text;
                }
            }
        }

        return labels;
    }

    // Where the value of a key starts (for an error about the value itself); the file's start when the key is missing.
    private static SourceLocation LocateValue(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? new SourceLocation(ConfigPath, (int)node.Start.Line, (int)node.Start.Column)
            : new SourceLocation(ConfigPath, 1, 1);

    private static SourceLocation Locate(YamlMappingNode map, string key)
    {
        foreach (var (k, _) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return new SourceLocation(ConfigPath, (int)k.Start.Line, (int)k.Start.Column);
            }
        }

        return new SourceLocation(ConfigPath, 1, 1);
    }

    private static string Text(YamlMappingNode map, string key, string fallback) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && s.Value is { Length: > 0 } v ? v : fallback;

    private static double Number(YamlMappingNode map, string section, string key, double fallback, DiagnosticBag diagnostics)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return fallback;
        }

        var text = (node as YamlScalarNode)?.Value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.BadConfig, $"'{text}' in '{section}.{key}' is not a number; expected a number such as 0.02", new SourceLocation(ConfigPath, (int)node.Start.Line, (int)node.Start.Column));
        return fallback;
    }
}
