namespace ReportGen.Project;

/// <summary>The paper size of the PDFs <c>build --pdf</c> prints (one size for every edition).</summary>
public enum PdfPaper
{
    /// <summary>ISO A4, 210 × 297 mm (the default).</summary>
    A4,

    /// <summary>US letter, 8.5 × 11 in (215.9 × 279.4 mm).</summary>
    Letter,
}
