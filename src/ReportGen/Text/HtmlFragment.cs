namespace ReportGen.Text;

/// <summary>Markup that is already safe to write as is (produced by our own functions); template output never escapes it.</summary>
/// <param name="Html">The markup.</param>
public sealed record HtmlFragment(string Html)
{
    /// <summary>The markup.</summary>
    public override string ToString() => Html;
}
