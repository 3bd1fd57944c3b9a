namespace ReportGen.Data;

/// <summary>What a security is, as written in the <c>kind</c> column of <c>data/securities.csv</c>.</summary>
public enum SecurityKind
{
    /// <summary>A listed company's shares (<c>stock</c>).</summary>
    Stock,

    /// <summary>An exchange-traded fund (<c>etf</c>).</summary>
    Etf,

    /// <summary>A market index (<c>index</c>), quoted in points.</summary>
    Index,
}
