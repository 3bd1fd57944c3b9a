namespace ReportGen.Tests.Data;

/// <summary>One broken project: its name (<c>NNN-RGcode-what</c>), files as txtar, optional exact-byte files, and every
/// diagnostic the run must print (all errors, plus the warnings of the code under test), sorted as
/// <see cref="ReportGen.Diagnostics.DiagnosticBag.Sorted"/> sorts them.</summary>
public sealed record InvalidDataCase(string Name, string Txtar, string[] Expected, IReadOnlyDictionary<string, byte[]>? Bytes = null)
{
    /// <summary>The code under test, from the name (<c>010-RG1003-bad-number</c> gives RG1003).</summary>
    public string Code => Name.Split('-')[1];

    public override string ToString() => Name;
}
