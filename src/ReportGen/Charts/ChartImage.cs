using ReportGen.Facts;
namespace ReportGen.Charts;

/// <summary>One rendered chart file, as returned by <c>ChartRenderer.RenderAll</c>.</summary>
/// <param name="Spec">The chart it shows.</param>
/// <param name="Variant">Which file: SVG wide or narrow, or a PNG at a scale.</param>
/// <param name="FileName">Its file name (<see cref="ChartVariant.FileName"/>).</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the spec, variant and theme fingerprint (<see cref="ChartRenderer.ContentHash"/>).</param>
/// <param name="Bytes">The file's bytes (SVG as UTF-8, or PNG).</param>
/// <param name="FromCache">True when the bytes were read from the cache directory instead of drawn.</param>
public sealed record ChartImage(ChartSpec Spec, ChartVariant Variant, string FileName, string ContentHash, byte[] Bytes, bool FromCache);
