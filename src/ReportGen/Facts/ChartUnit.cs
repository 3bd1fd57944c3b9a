namespace ReportGen.Facts;

/// <summary>How the numbers on one axis of a <see cref="ChartSpec"/> are stored and labelled.</summary>
public enum ChartUnit
{
    /// <summary>Calendar dates (stored as <see cref="DateOnly"/>); ticks on month or quarter starts.</summary>
    Date,

    /// <summary>Category labels (tickers, universes, periods); one tick per label.</summary>
    Category,

    /// <summary>An index level rebased to 100 at the start; labelled "100", "115".</summary>
    IndexLevel,

    /// <summary>A fraction (0.153 = 15.3%); labelled with a sign, "+15%", "-8%".</summary>
    Percent,

    /// <summary>A difference of two fractions (0.05 = 5 percentage points); labelled "+5 pp".</summary>
    PercentagePoints,

    /// <summary>US dollars (4.2e9 = $4.2bn); labelled with a scale, "$4.2bn", "$1.5T".</summary>
    Usd,

    /// <summary>A multiple such as a price/earnings ratio (35.2 = 35.2x); labelled "35x".</summary>
    Multiple,
}
