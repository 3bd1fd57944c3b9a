using System.Text;

namespace ReportGen.Project;

/// <summary>Relative links, so pages work under any base URL.</summary>
public static class Relative
{
    /// <summary>The prefix from a page folder back to the site root: <c>reports/a/b/</c> → <c>../../../</c>; <c>""</c> → <c>""</c>.</summary>
    /// <param name="pageFolder">Site-relative folder of the page, ending in '/' (empty for the root).</param>
    public static string Root(string pageFolder)
    {
        ArgumentNullException.ThrowIfNull(pageFolder);
        var depth = pageFolder.Count(c => c == '/');
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append("../");
        }

        return sb.ToString();
    }
}
