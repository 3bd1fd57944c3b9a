using ReportGen.Checking.Scenarios;
using ReportGen.Config;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Tests.Checking;

/// <summary>The independent re-check of recorded claims: it agrees with a true record and catches wrong figures or a wrong verdict.</summary>
public sealed class ClaimRecheckTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    private static MetricValue Value(double value, string metric = MetricNames.TotalReturn, string subject = "NVDA", MetricUnit unit = MetricUnit.Fraction, DateOnly? asOf = null) =>
        new(value, unit, metric, subject, "test", ["prices"], asOf ?? AsOf);

    private static Claim Claim(string kind, bool holds, bool asserted, params MetricValue[] figures)
    {
        var roles = ClaimKinds.Roles(kind, figures.Length);
        return new Claim(kind, kind, [.. figures.Select((f, i) => new ClaimFigure(roles[i], f))], holds, asserted, "holds", 12, 3);
    }

    private static ClaimFinding? Check(Claim claim) => ClaimRecheck.Check(claim, new NarrativeThresholds());

    [Fact]
    public void ATrueRecord_Passes()
    {
        // Act / Assert
        Assert.Null(Check(Claim("up", holds: true, asserted: true, Value(0.05))));
        Assert.Null(Check(Claim("beat", holds: true, asserted: true, Value(0.05), Value(0.03, MetricNames.EqualWeightReturn, "chips"))));
        Assert.Null(Check(Claim("broad", holds: false, asserted: false, Value(1, MetricNames.CountBeating, "chips vs SPY", MetricUnit.Number), Value(3, MetricNames.MemberCount, "chips", MetricUnit.Number))));
        Assert.Null(Check(Claim("record", holds: true, asserted: true, Value(0.05), Value(0.04, asOf: AsOf.AddMonths(-3)))));
    }

    [Fact]
    public void ARecordThatDisagreesWithTheRuleOfItsKind_IsCaught()
    {
        // Act: recorded as holding, but 2·1 is not above 3.
        var finding = Check(Claim("broad", holds: true, asserted: true, Value(1, MetricNames.CountBeating, "chips vs SPY", MetricUnit.Number), Value(3, MetricNames.MemberCount, "chips", MetricUnit.Number)));

        // Assert
        Assert.Equal("recorded", finding?.Rule);
    }

    [Fact]
    public void AnAssertedClaimItsFiguresDoNotBearOut_IsCaught()
    {
        // Act
        var finding = Check(Claim("down", holds: false, asserted: true, Value(0.05)));

        // Assert
        Assert.Equal("asserted", finding?.Rule);
    }

    [Theory]
    [InlineData("up")]
    [InlineData("flat")]
    public void AMoveClaimReadingALevel_ReadsTheWrongFigures(string kind)
    {
        // Act: "volatility rose" is not what 'up' on a volatility means: a guard that read the level, not a change.
        var finding = Check(Claim(kind, holds: kind == "up", asserted: true, Value(0.3, MetricNames.AnnualizedVolatility12m)));

        // Assert
        Assert.Equal("figures", finding?.Rule);
        Assert.Contains("is a level", finding!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AComparisonOfTwoWindows_ReadsTheWrongFigures()
    {
        // Act: the year to date of the basket against the quarter of the index.
        var finding = Check(Claim("beat", holds: true, asserted: true, Value(0.2, MetricNames.EqualWeightReturnYtd, "chips"), Value(0.1, MetricNames.TotalReturn, "SPY")));

        // Assert
        Assert.Equal("figures", finding?.Rule);
    }

    [Fact]
    public void ACountAboveItsTotal_AndARecordAgainstALaterValue_ReadTheWrongFigures()
    {
        // Act
        var count = Check(Claim("narrow", holds: false, asserted: false, Value(4, MetricNames.CountBeating, "chips vs SPY", MetricUnit.Number), Value(3, MetricNames.MemberCount, "chips", MetricUnit.Number)));
        var record = Check(Claim("record", holds: true, asserted: true, Value(0.05), Value(0.04, asOf: AsOf.AddDays(1))));

        // Assert
        Assert.Equal("figures", count?.Rule);
        Assert.Equal("figures", record?.Rule);
    }
}
