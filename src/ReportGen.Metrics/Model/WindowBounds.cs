namespace ReportGen.Metrics.Model;

/// <summary>
/// The calendar dates a <see cref="ReturnWindow"/> resolves to for one as-of date. Both are cut-offs, not trading days:
/// the base close is the last close on or before <see cref="BaseOnOrBefore"/>, the end close the last close on or before
/// <see cref="EndOnOrBefore"/>.
/// </summary>
/// <param name="BaseOnOrBefore">Calendar day whose close (or the last close before it) is the base; null means the series' first close (inception).</param>
/// <param name="EndOnOrBefore">Calendar day whose close (or the last close before it) ends the window; never after the as-of date.</param>
public readonly record struct WindowBounds(DateOnly? BaseOnOrBefore, DateOnly EndOnOrBefore);
