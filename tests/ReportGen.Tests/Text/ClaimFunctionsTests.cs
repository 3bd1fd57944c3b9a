using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Planning;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>The claim functions over QuarterlyMarket's 2026-Q1 edition, where UP rose 4.2% and DOWN fell 4.0%.</summary>
public sealed class ClaimFunctionsTests
{
    [Fact]
    public void Claim_ContradictedByItsFigures_IsAnErrorAtTheCall()
    {
        var output = Render("""{{ claim "up" (security "DOWN").period_return }}DOWN rose.""", out _);

        Assert.StartsWith("example:1:4: error RG2011: the template claims 'up' but its figures say otherwise: subject total_return of DOWN = -4.0%", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_ThatHolds_RendersNothingAndIsRecorded()
    {
        var output = Render("""{{ claim "beat" (security "UP").period_return (security "DOWN").period_return }}UP beat DOWN.""", out var claims);

        Assert.Equal("UP beat DOWN.", output);
        var claim = Assert.Single(claims.Claims);
        Assert.Equal(("beat", true, true, "claim"), (claim.Kind, claim.Holds, claim.Asserted, claim.Function));
        Assert.Equal(["subject:UP", "other:DOWN"], claim.Figures.Select(f => $"{f.Role}:{f.Value.Subject}"));
    }

    [Fact]
    public void Holds_RecordsAGuardThatFailed_AsNotAsserted()
    {
        var output = Render("""{{ if holds "same_direction" (universe "both").members }}together{{ else }}apart{{ end }}""", out var claims);

        Assert.Equal("apart", output);
        var claim = Assert.Single(claims.Claims);
        Assert.False(claim.Holds);
        Assert.False(claim.Asserted);
        Assert.Equal(2, claim.Figures.Count);
    }

    [Fact]
    public void Move_RecordsTheDirectionItChose_WithItsFigure()
    {
        Render("""{{ move (security "DOWN").period_return }}""", out var claims);

        var claim = Assert.Single(claims.Claims);
        Assert.Equal(("down", "fell", true, "move"), (claim.Kind, claim.Words, claim.Holds, claim.Function));
        Assert.Equal((1, 4), (claim.Line, claim.Column));
    }

    [Fact]
    public void BestOf_WhenEveryMemberFell_SaysHeldUpBest_NotLed()
    {
        var output = Render("""{{ best_of (universe "falling").members "the group" }}""", out var claims, falling: true);

        Assert.Equal("DOWN held up best, with -4.0%", output);
        Assert.True(Assert.Single(claims.Claims).Holds);
    }

    [Fact]
    public void WorstOf_WhenEveryMemberRose_SaysGainedLeast()
    {
        var output = Render("""{{ worst_of (universe "rising").members "the group" }}""", out _, falling: true);

        Assert.Equal("UP gained least in the group, with +4.2%", output);
    }

    [Fact]
    public void BestOf_FindsTheTopMember_WhateverTheOrderGiven()
    {
        var forward = Render("""{{ best_of (universe "both").members "the group" }}""", out _);
        var reversed = Render("""{{ best_of ((universe "both").members | array.reverse) "the group" }}""", out _);

        Assert.Equal("UP led the group with +4.2%", forward);
        Assert.Equal(forward, reversed);
    }

    [Fact]
    public void BestOf_SetHoldingTheBenchmark_RanksOnlyTheMembers()
    {
        // Bug (issue 15): "best QQQ": the benchmark ranked among the funds it is compared with. SPY, the house benchmark,
        // rises as UP (+4.2%) and DOWN falls 4.0%: the best member is DOWN, which held up best; ranked names DOWN alone.
        var data = QuarterlyMarket.Data;
        var prices = new Dictionary<string, ReportGen.Data.SecurityPrices>(data.Prices, StringComparer.Ordinal) { ["SPY"] = data.Prices["UP"] with { Ticker = "SPY" } };
        data = data with
        {
            Prices = prices,
            Universes = new Dictionary<string, ReportGen.Data.Universe>(data.Universes, StringComparer.Ordinal) { ["with-spy"] = new("with-spy", ["SPY", "DOWN"], new Dictionary<string, double>()) },
        };

        var best = TemplateHarness.Render("""{{ best_of (universe "with-spy").members "the group" }}""", QuarterlyMarket.Quarters[4], "claims", data, RenderMode.PlainText, null);
        var ranked = TemplateHarness.Render("""{{ ranked (universe "with-spy").members 3 }}""", QuarterlyMarket.Quarters[4], "claims", data, RenderMode.PlainText, null);

        Assert.Equal("DOWN held up best, with -4.0%", best);
        Assert.Equal("DOWN (-4.0%)", ranked);
    }

    [Fact]
    public void BestOf_MembersThatPrintTheSame_ShareThePlace()
    {
        // Bug (check --scenarios, ties): "AMD led the group with +82.5%" while Amazon also returned +82.5%.
        var data = QuarterlyMarket.Data;
        var prices = new Dictionary<string, ReportGen.Data.SecurityPrices>(data.Prices, StringComparer.Ordinal) { ["TWIN"] = data.Prices["UP"] with { Ticker = "TWIN" } };
        data = data with
        {
            Prices = prices,
            Universes = new Dictionary<string, ReportGen.Data.Universe>(data.Universes, StringComparer.Ordinal) { ["tied"] = new("tied", ["DOWN", "UP", "TWIN"], new Dictionary<string, double>()) },
        };
        var claims = new ClaimLog();

        var output = TemplateHarness.Render("""{{ best_of (universe "tied").members "the group" }}""", QuarterlyMarket.Quarters[4], "claims", data, RenderMode.PlainText, null, claims: claims);

        Assert.Equal("TWIN and UP led the group, each with +4.2%", output);
        Assert.True(Assert.Single(claims.Claims).Holds);
    }

    [Fact]
    public void BestOf_ATopThatPrintsAsZero_HeldUpBest_NotLed()
    {
        // Bug (editor's read, ETF monitor 2023-10): "XLK led the group with 0.0%".
        var data = QuarterlyMarket.Data;
        var dates = data.Prices["UP"].AdjustedClose!.Dates.ToArray();
        var start = QuarterlyMarket.Quarters[4].Start;
        var level = dates.Select(d => d < start ? 100.0 : 100.04).ToList();
        var prices = new Dictionary<string, ReportGen.Data.SecurityPrices>(data.Prices, StringComparer.Ordinal)
        {
            ["FLAT"] = new("FLAT", new ReportGen.Metrics.Model.PriceSeries("FLAT", ReportGen.Metrics.Model.PriceField.AdjustedClose, dates, level), "prices", null, null),
        };
        data = data with
        {
            Prices = prices,
            Universes = new Dictionary<string, ReportGen.Data.Universe>(data.Universes, StringComparer.Ordinal) { ["calm"] = new("calm", ["DOWN", "FLAT"], new Dictionary<string, double>()) },
        };

        var output = TemplateHarness.Render("""{{ best_of (universe "calm").members "the group" }}""", QuarterlyMarket.Quarters[4], "claims", data, RenderMode.PlainText, null);

        Assert.Equal("FLAT held up best, with 0.0%", output);
    }

    [Fact]
    public void Holds_UnknownKind_IsAnErrorListingTheKinds()
    {
        var output = Render("""{{ if holds "leads" (security "UP").period_return }}x{{ end }}""", out _);

        Assert.Contains("holds: 'leads' is not a claim kind; expected one of: up, down, flat", output, StringComparison.Ordinal);
    }

    private static string Render(string template, out ClaimLog claims, bool falling = false)
    {
        var data = QuarterlyMarket.Data;
        if (falling)
        {
            data = data with
            {
                Universes = new Dictionary<string, ReportGen.Data.Universe>(data.Universes, StringComparer.Ordinal)
                {
                    ["falling"] = new("falling", ["DOWN"], new Dictionary<string, double>()),
                    ["rising"] = new("rising", ["UP"], new Dictionary<string, double>()),
                },
            };
        }

        claims = new ClaimLog();
        return TemplateHarness.Render(template, QuarterlyMarket.Quarters[4], "claims", data, RenderMode.PlainText, null, claims: claims);
    }
}
