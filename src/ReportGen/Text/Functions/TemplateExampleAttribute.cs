namespace ReportGen.Text.Functions;

/// <summary>
/// An example of a template function that a test renders and compares (TemplateFunctionExamplesTests), so the docs
/// cannot drift from the behaviour. Examples see these variables: <c>r</c> a return of 0.1534 (fraction), <c>down</c>
/// a return of −0.042, <c>gap</c> a spread of 0.052 (percentage points), <c>cap</c> 1.23e12 USD, <c>flow</c> 4.2e9 USD,
/// <c>pe</c> a multiple of 42.36, <c>n</c> a count of 9, <c>er</c> an expense ratio of 0.0068, <c>day</c> 2026-03-29.
/// </summary>
/// <param name="template">The Scriban snippet, e.g. <c>{{ r | fmt.pct }}</c>.</param>
/// <param name="expected">Its exact output, e.g. <c>+15.3%</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class TemplateExampleAttribute(string template, string expected) : Attribute
{
    /// <summary>The Scriban snippet.</summary>
    public string Template { get; } = template;

    /// <summary>Its exact output.</summary>
    public string Expected { get; } = expected;
}
