namespace ReportGen.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is. Any error stops the build before site/ is touched.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth a reader's attention; the build goes on.</summary>
    Warning,

    /// <summary>The input is wrong; the build stops with exit code 1 and site/ is left as it was.</summary>
    Error,
}
