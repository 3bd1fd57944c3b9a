using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Returns;

public sealed class EventWindowReturnTests
{
    // NVDA's adjusted closes around its results of Wednesday 2025-05-28 (announced after the close), as in data/prices/adjusted.
    private static readonly PriceSeries Nvda = Adj("NVDA",
        ("2025-05-23", 131.10626220703125), ("2025-05-27", 135.31036376953125), ("2025-05-28", 134.62132263183594),
        ("2025-05-29", 138.99520874023438), ("2025-05-30", 134.94090270996094), ("2025-06-02", 137.187744140625),
        ("2025-06-03", 141.02236938476562));

    [Fact]
    public void Compute_ThreeSessions_FromTheCloseBeforeTheEventToTheThirdCloseAfterIt()
    {
        // Act
        var sut = EventWindowReturn.Compute(Nvda, D("2025-05-28"), 3, D("2025-06-30"));

        // Assert: base Tuesday 05-27 (135.3104), day +3 Monday 06-02 (137.1877): 137.187744140625 / 135.31036376953125 - 1 = 0.0138746
        Assert.Equal(0.0138746, sut.Value, Tolerances.SixDecimals);
        Assert.Equal((D("2025-05-27"), 135.31036376953125, D("2025-06-02"), 137.187744140625), (sut.StartDate, sut.StartPrice, sut.EndDate, sut.EndPrice));
    }

    [Fact]
    public void Compute_OneSession_EndsOnTheFirstCloseAfterTheEventDay()
    {
        // Act
        var sut = EventWindowReturn.Compute(Nvda, D("2025-05-28"), 1, D("2025-06-30"));

        // Assert: 138.99520874023438 / 135.31036376953125 - 1 = 0.0272325 (the event day's own close is inside the window)
        Assert.Equal(0.0272325, sut.Value, Tolerances.SixDecimals);
        Assert.Equal(D("2025-05-29"), sut.EndDate);
    }

    [Fact]
    public void Compute_EventOnAWeekend_CountsSessionsFromTheNextTradingDay()
    {
        // Act: Saturday 2025-05-31; base Friday 05-30, +1 Monday 06-02, +2 Tuesday 06-03
        var sut = EventWindowReturn.Compute(Nvda, D("2025-05-31"), 2, D("2025-06-30"));

        // Assert: 141.02236938476562 / 134.94090270996094 - 1 = 0.0450676
        Assert.Equal(0.0450676, sut.Value, Tolerances.SixDecimals);
        Assert.Equal((D("2025-05-30"), D("2025-06-03")), (sut.StartDate, sut.EndDate));
    }

    [Fact]
    public void Compute_WindowEndsAfterTheAsOfDate_ThrowsInsteadOfReadingAhead()
    {
        // Act & Assert: as of Friday 05-30 only two sessions follow the event
        var e = Assert.Throws<InsufficientDataException>(() => EventWindowReturn.Compute(Nvda, D("2025-05-28"), 3, D("2025-05-30")));
        Assert.Equal("event_window_return for NVDA: needs 3 trading sessions after the event on 2025-05-28 by 2025-05-30", e.Message);
        Assert.Equal(2, EventWindowReturn.SessionsAfter(Nvda, D("2025-05-28"), D("2025-05-30")));
    }

    [Fact]
    public void Compute_NoCloseBeforeTheEvent_Throws()
    {
        // Act & Assert
        Assert.Throws<InsufficientDataException>(() => EventWindowReturn.Compute(Nvda, D("2025-05-23"), 1, D("2025-06-30")));
        Assert.Throws<InsufficientDataException>(() => EventWindowReturn.Compute(Nvda, D("2025-05-01"), 1, D("2025-06-30")));
        Assert.Throws<ArgumentOutOfRangeException>(() => EventWindowReturn.Compute(Nvda, D("2025-05-28"), 0, D("2025-06-30")));
    }

    [Fact]
    public void SessionsAfter_CountsClosesAfterTheEventDayUpToTheAsOfDate()
    {
        // Act & Assert
        Assert.Equal(4, EventWindowReturn.SessionsAfter(Nvda, D("2025-05-28"), D("2025-06-30")));
        Assert.Equal(0, EventWindowReturn.SessionsAfter(Nvda, D("2025-05-28"), D("2025-05-28")));
        Assert.Equal(0, EventWindowReturn.SessionsAfter(Nvda, D("2025-06-03"), D("2025-06-30")));
    }
}
