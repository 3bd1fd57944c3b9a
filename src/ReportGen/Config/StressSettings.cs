namespace ReportGen.Config;

/// <summary>The house stress scenario, from <c>stress:</c> in reportgen.yml: the <see cref="Top"/> largest holdings of a universe fall by <see cref="Shock"/>.</summary>
/// <param name="Shock">The price change applied to each shocked holding, a fraction from −1 to 0 (default −0.20 = a 20% fall).</param>
/// <param name="Top">How many of the largest holdings (by market capitalization) are shocked; default 3.</param>
public sealed record StressSettings(double Shock = -0.20, int Top = 3);
