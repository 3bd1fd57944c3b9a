using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Facts;

namespace ReportGen.Publishing;

/// <summary>One figure of a published version, one row of <c>published/&lt;report&gt;/&lt;period&gt;/v&lt;N&gt;.csv</c>.</summary>
/// <param name="Id">1-based position on the page.</param>
/// <param name="Text">The text as printed, e.g. "+33.6%".</param>
/// <param name="Value">The value behind it, round-trip formatted (invariant culture); kept for the record, not compared.</param>
/// <param name="Unit">The <see cref="Metrics.Catalogue.MetricUnit"/> name.</param>
/// <param name="Metric">The metric name, e.g. <c>total_return</c>.</param>
/// <param name="Subject">What it is about (ticker, universe, "A vs B").</param>
/// <param name="Inputs">The inputs as the figure names them, e.g. "Adj Close 2026-03-31 203.43 → 2026-06-30 580.91".</param>
/// <param name="Sources">Data set ids, separated by ';'.</param>
/// <param name="AsOf">The as-of date, yyyy-MM-dd.</param>
public sealed record LedgerFigure(int Id, string Text, string Value, string Unit, string Metric, string Subject, string Inputs, string Sources, string AsOf)
{
    /// <summary>What a reader reads: printed text, unit, metric, subject and as-of date. Two versions of an edition have the
    /// same figures when these agree figure by figure (a value that moves in a digit the page does not print is no revision).</summary>
    public string Key => string.Join('\u001f', Text, Unit, Metric, Subject, AsOf);

    /// <summary>First 16 hex digits of the SHA-256 of <see cref="Key"/> (UTF-8): the figure's hash in the ledger.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)))[..16];

    /// <summary>A short label for reports: "figure 3, total_return of AMD".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"figure {Id}, {Metric} of {Subject}");

    /// <summary>The ledger row of a figure a build printed.</summary>
    /// <param name="figure">The figure.</param>
    public static LedgerFigure From(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var v = figure.Value;
        return new LedgerFigure(figure.Id, figure.Text, v.Value.ToString("R", CultureInfo.InvariantCulture), v.Unit.ToString(), v.Metric, v.Subject, v.Inputs, string.Join(';', v.SourceIds), v.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
