using System.Runtime.CompilerServices;
using ReportGen.Charts;
using Scriban.Runtime;

namespace ReportGen.Site;

/// <summary>The notes that mention a tear sheet's security (<see cref="MentionIndex"/>), listed on its pages.</summary>
public static partial class AssembleSite
{
    private static readonly ConditionalWeakTable<SiteContext, MentionIndex> MentionIndexes = [];

    // page.mentioned_in: for an item edition (a tear sheet), the published notes with data up to its as-of date whose text
    // mentions its security, newest first, linked relative to `folder`, with page.security_name and page.security_ticker
    // for the heading; an empty list for every other edition.
    private static void AddMentions(SiteContext context, ScriptObject page, RenderedEdition rendered, string folder)
    {
        if (rendered.Edition.Item is not { } item)
        {
            page["mentioned_in"] = new List<ScriptObject>();
            return;
        }

        var index = MentionIndexes.GetValue(context, c => MentionIndex.From(c.Editions));
        page["mentioned_in"] = index.NotesMentioning(item, rendered.Edition.AsOf).Select(e => EditionLink(e, folder)).ToList();
        page["security_name"] = SecurityName(context, item);
        page["security_ticker"] = item;
    }
}
