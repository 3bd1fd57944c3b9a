namespace ReportGen.Diagnostics;

/// <summary>PDF codes (RG5070-RG5074): <c>build --pdf</c>, one PDF per edition printed by Chromium (see <c>Site/PdfPrinter</c>).</summary>
public static partial class DiagnosticCodes
{
    /// <summary><c>build --pdf</c> found no Chromium (<c>REPORTGEN_CHROMIUM</c>, /usr/bin/chromium, or chromium or
    /// google-chrome on PATH); the site is built and published without PDFs and without PDF links (warning).</summary>
    public const string PdfUnavailable = "RG5070";

    /// <summary>Chromium was found but an edition could not be printed (the browser or Playwright's driver did not start,
    /// a page timed out, the PDF came out empty); nothing is published and the previous site is unchanged.</summary>
    public const string PdfFailed = "RG5071";
}
