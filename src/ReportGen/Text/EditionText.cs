using ReportGen.Facts;
using ReportGen.Planning;

namespace ReportGen.Text;

/// <summary>An edition after the render-text stage: its texts, the figures they print and the specs of its charts.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Title">The headline, plain text (not escaped).</param>
/// <param name="Summary">The dek, plain text (not escaped).</param>
/// <param name="BodyHtml">The article body as HTML.</param>
/// <param name="Figures">Every figure printed in title, dek and body, in order.</param>
/// <param name="Charts">The specs of the charts declared in the front matter, in declaration order (those that could be bound).</param>
/// <param name="SourceIds">Data set ids cited by the edition's figures, ordinal-sorted.</param>
/// <param name="Claims">Every claim its templates made or tested, with the figures each read, in order (see <see cref="ClaimKinds"/>).</param>
public sealed record EditionText(Edition Edition, string Title, string Summary, string BodyHtml, IReadOnlyList<Figure> Figures, IReadOnlyList<ChartSpec> Charts, IReadOnlyList<string> SourceIds, IReadOnlyList<Claim> Claims)
{
    /// <summary>The angle the edition leads with and every angle's outcome (<see cref="Text.Story"/>); null when its
    /// templates never read <c>story</c>.</summary>
    public StoryChoice? Story { get; init; }

    /// <summary>Every security the edition's text printed through the engine (linked to its page or not), each at its first
    /// mention, by ticker (<see cref="SecurityLinks"/>); <c>check</c> reports those without a page (RG3100).</summary>
    public IReadOnlyList<SecurityMention> Mentions { get; init; } = [];
}
