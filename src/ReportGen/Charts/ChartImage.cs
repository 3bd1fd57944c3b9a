using ReportGen.Facts;
namespace ReportGen.Charts;

/// <summary>One rendered chart file, as returned by <see cref="ChartRenderer.RenderAll"/>.</summary>
/// <param name="Spec">The chart it shows.</param>
/// <param name="Scale">Pixel density: 1 or 2 (or up to 4).</param>
/// <param name="FileName"><c>&lt;id&gt;.png</c> at scale 1, <c>&lt;id&gt;@2x.png</c> at scale 2.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the spec, scale and theme fingerprint (<see cref="ChartRenderer.ContentHash"/>).</param>
/// <param name="Png">The PNG bytes.</param>
/// <param name="FromCache">True when the bytes were read from the cache directory instead of drawn.</param>
public sealed record ChartImage(ChartSpec Spec, int Scale, string FileName, string ContentHash, byte[] Png, bool FromCache);
