using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportGen.Cli.Commands;

/// <summary>The one JSON style of <c>--json</c> output: indented, snake_case names, non-ASCII text kept readable.</summary>
public static class JsonOutput
{
    /// <summary>Serializer options for command output.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
