namespace ReportGen.Text.Functions;

/// <summary>Marks a method of one of the function sets (<see cref="TemplateFunctions.Sets"/>) as a template function and gives its Scriban name (<c>fmt.pct</c>, <c>cite</c>).</summary>
/// <param name="name">The name templates call; a <c>fmt.</c> prefix puts it in the <c>fmt</c> object.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TemplateFunctionAttribute(string name) : Attribute
{
    /// <summary>The name templates call.</summary>
    public string Name { get; } = name;
}
