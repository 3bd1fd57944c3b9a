using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Tests.Charts;

public sealed class ChartFormatTests
{
    [Theory]
    [InlineData(0.1823, "+18.2%")]
    [InlineData(-0.05, "-5.0%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(-0.00001, "0.0%")]
    public void Percent_Fraction_SignedOneDecimal(double value, string expected) => Assert.Equal(expected, ChartFormat.Percent(value));

    [Theory]
    [InlineData(4.2e9, "$4.2bn")]
    [InlineData(1.25e12, "$1.3T")]
    [InlineData(9.8e11, "$980bn")]
    [InlineData(3.5e8, "$350m")]
    [InlineData(-2e9, "-$2.0bn")]
    public void Usd_Amount_ScaledAtMostThreeDigits(double value, string expected) => Assert.Equal(expected, ChartFormat.Usd(value));

    [Theory]
    [InlineData(0.15, MetricUnit.Fraction, 0.05, "+15%")]
    [InlineData(-0.025, MetricUnit.Fraction, 0.025, "-2.5%")]
    [InlineData(0.0, MetricUnit.Usd, 5e8, "$0")]
    [InlineData(1.5e9, MetricUnit.Usd, 5e8, "$1.5bn")]
    [InlineData(2e12, MetricUnit.Usd, 1e12, "$2T")]
    [InlineData(40.0, MetricUnit.Multiple, 10.0, "40x")]
    [InlineData(0.05, MetricUnit.PercentagePoints, 0.025, "+5.0 pp")]
    public void Tick_ValueAndSpacing_FewestDecimals(double value, MetricUnit unit, double spacing, string expected) =>
        Assert.Equal(expected, ChartFormat.Tick(value, unit, spacing));

    [Fact]
    public void DateTicks_Quarter_MonthStartsWithYearOnFirst()
    {
        var (_, labels) = ChartTicks.Dates(new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 31));

        Assert.Equal(["Jan 2026", "Feb", "Mar"], labels);
    }

    [Fact]
    public void DateTicks_ThreeYears_AtMostSevenTicks()
    {
        var (positions, labels) = ChartTicks.Dates(new DateOnly(2023, 3, 31), new DateOnly(2026, 3, 31));

        Assert.InRange(positions.Length, 3, 7);
        Assert.Equal(["Jul 2023", "Jan 2024", "Jul", "Jan 2025", "Jul", "Jan 2026"], labels);
    }

    [Fact]
    public void DateTicks_OneMonth_WeeklyMondays()
    {
        var (_, labels) = ChartTicks.Dates(new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 31));

        Assert.Equal(["Mar 2, 2026", "Mar 16", "Mar 30"], labels);
    }
}
