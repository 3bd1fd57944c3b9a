using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Config;

/// <summary>
/// Turns a YAML node tree (YamlDotNet's representation model) into JSON, the instance a JSON Schema validates, and keeps
/// for every JSON value the YAML nodes it came from, keyed by its JSON Pointer (RFC 6901), so that an error the schema
/// library reports at <c>/datasets/0/files</c> can be put at the line and column of that value (or of its key).
/// </summary>
/// <remarks>
/// Scalars are typed as the YAML 1.2 core schema types them (the schema YAML editors' tooling applies, e.g. the
/// yaml-language-server): a plain <c>null</c>, <c>~</c> or empty value is null; <c>true</c>/<c>false</c> (also
/// <c>True</c>, <c>TRUE</c>...) a boolean; <c>42</c>, <c>0x2A</c>, <c>0o52</c> an integer; <c>0.5</c>, <c>1e3</c> a
/// number; anything quoted, in a block (<c>|</c>, <c>&gt;</c>) or tagged <c>!!str</c> a string, as is every other plain
/// scalar (dates such as <c>2026-07-31</c> included: YAML 1.2 has no timestamp type). <c>.inf</c> and <c>.nan</c>, which
/// JSON cannot hold, become strings. A mapping key is taken by its text.
/// </remarks>
internal static partial class YamlJson
{
    /// <summary>Where one JSON value came from.</summary>
    /// <param name="Key">The mapping key it is the value of; null for a list item or the root.</param>
    /// <param name="Value">The node of the value itself.</param>
    /// <param name="Display">The value's path for messages, e.g. <c>datasets[0].files</c>; empty for the root.</param>
    internal sealed record Origin(YamlNode? Key, YamlNode Value, string Display);

    /// <summary>Converts <paramref name="root"/> to JSON.</summary>
    /// <param name="root">The document's root node.</param>
    /// <returns>The JSON value (null for a YAML null) and, per JSON Pointer (<c>""</c> for the root, <c>/a/0</c> below it),
    /// the nodes it came from.</returns>
    internal static (JsonNode? Json, Dictionary<string, Origin> Origins) Convert(YamlNode root)
    {
        var origins = new Dictionary<string, Origin>(StringComparer.Ordinal);
        var json = Convert(root, null, string.Empty, string.Empty, origins);
        return (json, origins);
    }

    private static JsonNode? Convert(YamlNode node, YamlNode? key, string pointer, string display, Dictionary<string, Origin> origins)
    {
        origins[pointer] = new Origin(key, node, display);
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (k, v) in map.Children)
                {
                    var name = KeyText(k);
                    if (obj.ContainsKey(name))
                    {
                        continue; // YamlDotNet refuses duplicate keys; a key of another form that reads the same is kept once.
                    }

                    obj[name] = Convert(v, k, pointer + "/" + Escape(name), display.Length == 0 ? name : display + "." + name, origins);
                }

                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    var index = i.ToString(CultureInfo.InvariantCulture);
                    array.Add(Convert(seq.Children[i], null, pointer + "/" + index, display + "[" + index + "]", origins));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return JsonValue.Create(node.ToString());
        }
    }

    /// <summary>The text a key is known by: a scalar's value; the YAML text of a list or mapping used as a key.</summary>
    private static string KeyText(YamlNode key) => key is YamlScalarNode s ? s.Value ?? string.Empty : key.ToString();

    /// <summary>RFC 6901 escaping of one reference token: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>.</summary>
    internal static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? string.Empty : scalar.Tag.Value;
        if (scalar.Style != ScalarStyle.Plain || tag is "!" or "tag:yaml.org,2002:str")
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (DecimalInteger().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && text.Length > 2 && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex >= 0)
        {
            return JsonValue.Create(hex);
        }

        if (OctalInteger().IsMatch(text))
        {
            try
            {
                return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
            }
            catch (OverflowException)
            {
                return JsonValue.Create(text);
            }
        }

        if (Float().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
