namespace ReportGen.Diagnostics;

/// <summary>
/// Codes for a YAML document that does not match its published JSON Schema (RG1070-RG1079): reportgen.yml
/// (schemas/reportgen.schema.json), data/sources.yml (schemas/sources.schema.json) and a report's front matter
/// (schemas/report-front-matter.schema.json). Each is reported at the offending node; a document with one of them is not
/// read further, so it brings no follow-on errors.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>A key the schema does not know (a typo such as <c>tag:</c> for <c>tags:</c>), at the key, with "did you mean".</summary>
    public const string SchemaUnknownKey = "RG1070";

    /// <summary>A value of the wrong type (e.g. <c>files: 42</c> where a list of strings is expected), at the value.</summary>
    public const string SchemaWrongType = "RG1071";

    /// <summary>A required key is missing, at the mapping that lacks it.</summary>
    public const string SchemaMissingKey = "RG1072";

    /// <summary>A value the schema does not allow: not one of the allowed values (e.g. <c>cadence</c>, with "did you mean"),
    /// not of the expected form (a date, a slug), empty, or out of range; at the value.</summary>
    public const string SchemaValueNotAllowed = "RG1073";
}
