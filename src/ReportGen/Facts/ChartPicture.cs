namespace ReportGen.Facts;

/// <summary>
/// The image files and sizes of one chart as the page's <c>&lt;picture&gt;</c> names them: the wide SVG for screens, the
/// narrow SVG for phones and when to choose it. Made by the chart renderer (<c>Charts.ChartLayout.Picture</c>), which
/// alone knows the narrow layout's height, and handed to the text stage, which writes the markup before the charts are drawn.
/// </summary>
/// <param name="WideFile">File name of the wide (800 × 450 CSS px) SVG in the edition's chart folder, e.g. <c>performance.svg</c>.</param>
/// <param name="NarrowFile">File name of the narrow SVG, e.g. <c>performance.narrow.svg</c>.</param>
/// <param name="NarrowMedia">The media query under which the narrow SVG is shown, e.g. <c>(max-width: 640px)</c>.</param>
/// <param name="NarrowWidth">Width of the narrow SVG in CSS pixels.</param>
/// <param name="NarrowHeight">Height of the narrow SVG in CSS pixels (taller for bar charts with many bars).</param>
public sealed record ChartPicture(string WideFile, string NarrowFile, string NarrowMedia, int NarrowWidth, int NarrowHeight);
