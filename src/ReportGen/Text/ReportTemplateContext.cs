using System.Globalization;
using System.Net;
using ReportGen.Figures;
using Scriban;
using Scriban.Syntax;

namespace ReportGen.Text;

/// <summary>
/// The Scriban context of every render: strict variables, no relaxed member access, LF newlines, a loop limit, and
/// output rules: data strings are HTML-escaped; <see cref="HtmlFragment"/>s from our functions pass through; a bare
/// number or <see cref="MetricValue"/> is refused, because every number must reach the page through a formatter.
/// </summary>
public sealed class ReportTemplateContext : TemplateContext
{
    /// <summary>Creates a context with ReportGen's strict settings.</summary>
    public ReportTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        NewLine = "\n";
        LoopLimit = 10_000;
        RecursiveLimit = 50;
        MemberRenamer = member => SnakeCase(member.Name);
    }

    /// <summary>
    /// How .NET members appear in templates: snake_case with digit runs split off, so <c>PeriodReturn</c> is
    /// <c>period_return</c> and <c>Trailing12m</c> is <c>trailing_12m</c>.
    /// </summary>
    /// <param name="name">The member's .NET name.</param>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var previous = i > 0 ? name[i - 1] : '\0';
            if ((char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous))) || (char.IsDigit(c) && char.IsLetter(previous)))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>Writes <paramref name="value"/> for output, escaping data and refusing unformatted numbers.</summary>
    /// <exception cref="ScriptRuntimeException">A number or metric value was written without a formatter.</exception>
    public override string ObjectToString(object? value, bool nested = false)
    {
        switch (value)
        {
            case HtmlFragment fragment:
                return fragment.Html;
            case string s:
                return WebUtility.HtmlEncode(s);
            case MetricValue m:
                throw new ScriptRuntimeException(CurrentSpan, $"the metric value {m.Metric} of {m.Subject} must go through a formatter such as fmt.pct, fmt.pp or fmt.usd, which records it as a figure");
            case DateOnly d:
                return d.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
            case null:
                return string.Empty;
            case bool:
                return base.ObjectToString(value, nested) ?? string.Empty;
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                throw new ScriptRuntimeException(CurrentSpan, $"the number {Convert.ToString(value, CultureInfo.InvariantCulture)} is written without a formatter; numbers must come from metrics through fmt.* so they are recorded as figures");
            default:
                return WebUtility.HtmlEncode(base.ObjectToString(value, nested) ?? string.Empty);
        }
    }
}
