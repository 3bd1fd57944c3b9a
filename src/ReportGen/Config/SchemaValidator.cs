using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Config;

/// <summary>
/// Validates a YAML document against one of the JSON Schemas (draft 2020-12) published in <c>schemas/</c> and embedded in
/// this assembly: <see cref="SiteConfig"/> (reportgen.yml), <see cref="Sources"/> (data/sources.yml) and
/// <see cref="ReportFrontMatter"/> (a report's front matter). The YAML is turned into JSON by <see cref="YamlJson"/>, the
/// schema library (JsonSchema.Net) evaluates it, and each mistake becomes one error at the YAML node it concerns: an
/// unknown key (<see cref="DiagnosticCodes.SchemaUnknownKey"/>, at the key, with "did you mean" from
/// <see cref="NameSuggestions"/>), a value of the wrong type (<see cref="DiagnosticCodes.SchemaWrongType"/>), a mapping
/// that lacks a required key (<see cref="DiagnosticCodes.SchemaMissingKey"/>), a value that is not allowed
/// (<see cref="DiagnosticCodes.SchemaValueNotAllowed"/>: not among the allowed values, with "did you mean", or not of
/// the required form or range).
/// </summary>
/// <remarks>
/// Each schema is read from the assembly on first use; a missing resource (a build that did not embed
/// <c>schemas/*.schema.json</c>) throws <see cref="InvalidOperationException"/> there. Instances are immutable and may be
/// used from several threads.
/// </remarks>
public sealed class SchemaValidator
{
    private static readonly Lazy<SchemaValidator> SiteInstance = new(() => Load("reportgen.schema.json", "reportgen.yml"));
    private static readonly Lazy<SchemaValidator> SourcesInstance = new(() => Load("sources.schema.json", "data/sources.yml"));
    private static readonly Lazy<SchemaValidator> FrontMatterInstance = new(() => Load("report-front-matter.schema.json", "the front matter"));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private readonly JsonSchema _schema;
    private readonly JsonNode _document;
    private readonly string _documentName;

    private SchemaValidator(string fileName, string text, string documentName)
    {
        FileName = fileName;
        Text = text;
        _schema = JsonSchema.FromText(text);
        _document = JsonNode.Parse(text) ?? throw new InvalidOperationException($"schema {fileName} is empty");
        _documentName = documentName;
    }

    /// <summary>The schema of <c>reportgen.yml</c>: <c>schemas/reportgen.schema.json</c>.</summary>
    public static SchemaValidator SiteConfig => SiteInstance.Value;

    /// <summary>The schema of <c>data/sources.yml</c>: <c>schemas/sources.schema.json</c>.</summary>
    public static SchemaValidator Sources => SourcesInstance.Value;

    /// <summary>The schema of a report's front matter (<c>templates/reports/*.sbn-md</c>): <c>schemas/report-front-matter.schema.json</c>.</summary>
    public static SchemaValidator ReportFrontMatter => FrontMatterInstance.Value;

    /// <summary>The schema's file name in <c>schemas/</c>, e.g. <c>reportgen.schema.json</c>.</summary>
    public string FileName { get; }

    /// <summary>The schema's JSON text, byte for byte the published file.</summary>
    public string Text { get; }

    /// <summary>
    /// Validates <paramref name="root"/> and reports every mistake, each once, at its node, in document order.
    /// </summary>
    /// <param name="root">The document's root node; null (an empty document) is validated as an empty mapping.</param>
    /// <param name="path">The project-relative path the diagnostics name.</param>
    /// <param name="diagnostics">Where the errors go (RG1070-RG1073).</param>
    /// <param name="lineOffset">Added to every YAML line: 1 for front matter, whose YAML starts on the file's line 2.</param>
    /// <returns>True when the document matches the schema (then nothing was reported).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> or <paramref name="diagnostics"/> is null.</exception>
    public bool Validate(YamlNode? root, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var (json, origins) = root is null ? (new JsonObject(), new Dictionary<string, YamlJson.Origin>(StringComparer.Ordinal)) : YamlJson.Convert(root);
        using var instance = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var results = _schema.Evaluate(instance.RootElement, Options);
        if (results.IsValid)
        {
            return true;
        }

        var failed = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).OrderBy(d => Rank(d)).ToList();

        // A mistyped key ('heading' for 'headline') is one mistake: the required key it stands for is not reported missing.
        var meant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in failed.Where(IsUnknownKey))
        {
            var pointer = detail.InstanceLocation.ToString();
            var key = origins.GetValueOrDefault(pointer)?.Key is YamlScalarNode k ? k.Value ?? string.Empty : string.Empty;
            if (NameSuggestions.Closest(key, KnownKeys(detail)) is [var suggestion, ..])
            {
                meant.Add(pointer[..pointer.LastIndexOf('/')] + "/" + YamlJson.Escape(suggestion));
            }
        }

        var found = new List<(SourceLocation Location, string Code, string Message)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in failed)
        {
            var pointer = detail.InstanceLocation.ToString();
            if (!seen.Add(pointer))
            {
                continue; // One mistake per value: an unknown key or a wrong type says enough.
            }

            var origin = origins.GetValueOrDefault(pointer);
            var value = json is null ? null : Resolve(json, pointer);
            if (Describe(detail, pointer, origin, value, meant) is { } described)
            {
                found.Add((Locate(origin, described.AtKey, path, lineOffset), described.Code, described.Message));
            }
        }

        if (found.Count == 0)
        {
            // The library failed the document without saying where: report it rather than let it pass.
            found.Add((new SourceLocation(path, 1, 1), DiagnosticCodes.SchemaValueNotAllowed, $"{_documentName} does not match schemas/{FileName}"));
        }

        foreach (var (location, code, message) in found.OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column))
        {
            diagnostics.Error(code, message, location);
        }

        return false;
    }

    private static SchemaValidator Load(string fileName, string documentName)
    {
        var resource = "ReportGen.Schemas." + fileName;
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded schema {resource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return new SchemaValidator(fileName, reader.ReadToEnd(), documentName);
    }

    // Unknown keys and wrong types first: when a value fails several ways, they are the mistake to report.
    private static int Rank(EvaluationResults detail) =>
        IsUnknownKey(detail) ? 0 : detail.Errors!.ContainsKey("type") ? 1 : detail.Errors!.ContainsKey("required") ? 2 : 3;

    private static bool IsUnknownKey(EvaluationResults detail) =>
        detail.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal);

    /// <summary>The keys the object schema of an unknown key's mapping lists under <c>properties</c>.</summary>
    private List<string> KnownKeys(EvaluationResults unknownKey)
    {
        // The library's location of the false schema is not reliable; the object schema is the part before 'additionalProperties'.
        var fragment = Fragment(unknownKey.SchemaLocation);
        var objectPointer = fragment[..Math.Max(fragment.LastIndexOf("/additionalProperties", StringComparison.Ordinal), 0)];
        return (Subschema(objectPointer)?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
    }

    private (string Code, string Message, bool AtKey)? Describe(EvaluationResults detail, string pointer, YamlJson.Origin? origin, JsonNode? value, HashSet<string> meant)
    {
        var name = origin?.Display is { Length: > 0 } display ? $"'{display}'" : _documentName;
        var fragment = Fragment(detail.SchemaLocation);
        if (IsUnknownKey(detail))
        {
            var keys = KnownKeys(detail);
            var key = origin?.Key is YamlScalarNode k ? k.Value ?? string.Empty : origin?.Display ?? string.Empty;
            var parent = origin?.Display is { } d && d.Length > key.Length ? $"'{d[..^(key.Length + 1)]}'" : _documentName;
            return (DiagnosticCodes.SchemaUnknownKey, $"unknown key '{key}' in {parent}{NameSuggestions.Hint(key, keys, keys.Count)}", true);
        }

        var schema = Subschema(fragment);
        var errors = detail.Errors!;
        if (errors.ContainsKey("type"))
        {
            return (DiagnosticCodes.SchemaWrongType, $"{name}: expected {Expected(schema)}, found {Found(value)}", false);
        }

        if (errors.ContainsKey("required"))
        {
            var required = (schema?["required"] as JsonArray)?.Select(r => r?.GetValue<string>() ?? string.Empty).ToList() ?? [];
            var present = value as JsonObject;
            var missing = required.Where(r => present?.ContainsKey(r) != true && !meant.Contains(pointer + "/" + YamlJson.Escape(r))).ToList();
            if (missing.Count == 0)
            {
                return null;
            }

            var keys = missing.Count == 1 ? "key" : "keys";
            return (DiagnosticCodes.SchemaMissingKey, $"{name} lacks the required {keys} {string.Join(", ", missing.Select(m => $"'{m}'"))}; it needs {string.Join(", ", required)}", false);
        }

        var shown = Shown(value);
        if (errors.ContainsKey("enum"))
        {
            var allowed = (schema?["enum"] as JsonArray)?.Select(e => e?.ToString() ?? "null").ToList() ?? [];
            return (DiagnosticCodes.SchemaValueNotAllowed, $"{shown} is not allowed in {name}{NameSuggestions.Hint(value?.ToString() ?? string.Empty, allowed, allowed.Count)}", false);
        }

        var example = (schema?["examples"] as JsonArray)?.FirstOrDefault() is { } e ? $", e.g. {Shown(e)}" : string.Empty;
        var reason = errors.Keys.First() switch
        {
            "minLength" => "it must not be empty",
            "minItems" => string.Create(CultureInfo.InvariantCulture, $"it must list at least {schema?["minItems"]} item(s)"),
            "pattern" => $"expected the form {schema?["pattern"]}{example}",
            "minimum" => $"it must be at least {schema?["minimum"]}{example}",
            "exclusiveMinimum" => $"it must be more than {schema?["exclusiveMinimum"]}{example}",
            "maximum" => $"it must be at most {schema?["maximum"]}{example}",
            "exclusiveMaximum" => $"it must be less than {schema?["exclusiveMaximum"]}{example}",
            var keyword => $"{errors[keyword]}{example}",
        };
        return (DiagnosticCodes.SchemaValueNotAllowed, $"{shown} is not allowed in {name}: {reason}", false);
    }

    private static SourceLocation Locate(YamlJson.Origin? origin, bool atKey, string path, int lineOffset)
    {
        var node = atKey && origin?.Key is { } key ? key : origin?.Value;
        return node is null || node.Start.Line <= 0
            ? new SourceLocation(path, 1, 1)
            : new SourceLocation(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);
    }

    /// <summary>The JSON Pointer after '#' in a schema location URI, percent-decoded (empty for the root).</summary>
    private static string Fragment(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? string.Empty : Uri.UnescapeDataString(text[(hash + 1)..]);
    }

    /// <summary>The schema object at <paramref name="pointer"/> in this schema, following a <c>$ref</c> within the file.</summary>
    private JsonObject? Subschema(string pointer)
    {
        var node = Resolve(_document, pointer) as JsonObject;
        for (var hops = 0; hops < 8 && node?["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith('#'); hops++)
        {
            node = Resolve(_document, target[1..]) as JsonObject;
        }

        return node;
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        var node = root;
        if (pointer.Length == 0)
        {
            return node;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>"a string or a list of strings": what the <c>type</c> (and <c>items</c>) of <paramref name="schema"/> allow.</summary>
    private string Expected(JsonObject? schema)
    {
        var types = schema?["type"] switch
        {
            JsonArray list => list.Select(t => t?.GetValue<string>() ?? string.Empty).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        var items = schema?["items"] is JsonObject itemSchema ? itemSchema : null;
        if (items?["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith('#'))
        {
            items = Subschema(target[1..]);
        }

        var phrases = types.Select(t => t switch
        {
            "string" => "a string",
            "integer" => "an integer",
            "number" => "a number",
            "boolean" => "true or false",
            "object" => "a mapping",
            "null" => "nothing",
            "array" when items is not null => "a list of " + Plural(items),
            "array" => "a list",
            _ => t,
        }).ToList();
        return phrases.Count switch
        {
            0 => "another type",
            1 => phrases[0],
            _ => string.Join(", ", phrases.Take(phrases.Count - 1)) + " or " + phrases[^1],
        };
    }

    private static string Plural(JsonObject items)
    {
        var first = items["type"] switch
        {
            JsonArray list => list.FirstOrDefault()?.GetValue<string>(),
            JsonValue one => one.GetValue<string>(),
            _ => null,
        };
        return first switch
        {
            "string" => "strings",
            "integer" => "integers",
            "number" => "numbers",
            "boolean" => "true or false values",
            "object" => "mappings",
            _ => "values",
        };
    }

    /// <summary>What was found instead: "a number (42)", "a list", "an empty value".</summary>
    private static string Found(JsonNode? value) => value switch
    {
        null => "an empty value",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"a string ({Shown(v)})",
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => $"a number ({value.ToJsonString()})",
    };

    private static string Shown(JsonNode? value) => value switch
    {
        null => "an empty value",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"'{v.GetValue<string>()}'",
        _ => value.ToJsonString(),
    };
}
