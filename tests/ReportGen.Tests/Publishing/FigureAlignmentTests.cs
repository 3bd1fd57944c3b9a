using ReportGen.Publishing;

namespace ReportGen.Tests.Publishing;

/// <summary>
/// A revised edition's figures are compared with the published ones by what each figure is (metric, subject, unit), in
/// page order: a figure added in the middle of a page is one addition, not a change of every figure after it.
/// </summary>
public sealed class FigureAlignmentTests
{
    private static LedgerFigure F(int id, string metric, string subject, string text) =>
        new(id, text, text, "percent", metric, subject, "inputs", "prices", "2026-06-30");

    [Fact]
    public void Align_FigureInsertedInTheMiddle_IsOneAddition_AndTheFiguresAfterItStayPaired()
    {
        var old = new[] { F(1, "total_return", "NVDA", "5.0%"), F(2, "total_return", "AMD", "3.0%"), F(3, "max_drawdown", "NVDA", "-9.0%") };
        var now = new[] { F(1, "total_return", "NVDA", "5.0%"), F(2, "annualized_return", "NVDA", "40.1%"), F(3, "total_return", "AMD", "3.0%"), F(4, "max_drawdown", "NVDA", "-9.0%") };

        var changed = Publication.Align(old, now).Where(p => p.Old?.Key != p.New?.Key).ToList();

        var (o, n) = Assert.Single(changed);
        Assert.Null(o);
        Assert.Equal("annualized_return", n!.Metric);
    }

    [Fact]
    public void Align_RemovedAndChangedFigures_AreARemovalAndAChangeOfTheSameFigure()
    {
        var old = new[] { F(1, "total_return", "NVDA", "5.0%"), F(2, "total_return", "AMD", "3.0%"), F(3, "max_drawdown", "NVDA", "-9.0%") };
        var now = new[] { F(1, "total_return", "NVDA", "5.0%"), F(2, "max_drawdown", "NVDA", "-9.5%") };

        var changed = Publication.Align(old, now).Where(p => p.Old?.Key != p.New?.Key).ToList();

        Assert.Equal(2, changed.Count);
        Assert.Equal(("AMD", (string?)null), (changed[0].Old!.Subject, changed[0].New?.Subject));
        Assert.Equal(("-9.0%", "-9.5%"), (changed[1].Old!.Text, changed[1].New!.Text));
    }

    [Fact]
    public void Align_EveryFigureOfBothLists_AppearsOnceInPageOrder()
    {
        var old = new[] { F(1, "a", "X", "1"), F(2, "b", "X", "2"), F(3, "c", "X", "3"), F(4, "a", "Y", "4") };
        var now = new[] { F(1, "b", "X", "2"), F(2, "a", "Y", "4"), F(3, "d", "X", "5"), F(4, "c", "X", "3") };

        var pairs = Publication.Align(old, now);

        Assert.Equal(old.Select(f => f.Id), pairs.Where(p => p.Old is not null).Select(p => p.Old!.Id));
        Assert.Equal(now.Select(f => f.Id), pairs.Where(p => p.New is not null).Select(p => p.New!.Id));
    }
}
