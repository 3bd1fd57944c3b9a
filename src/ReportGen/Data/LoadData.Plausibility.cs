using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Plausibility checks that need more than one file (the single-file ones live in the readers, see <see cref="Plausibility"/>).</summary>
public static partial class LoadData
{
    /// <summary>Every computed daily flow of a fund listed in data/funds/aum.csv is at most <see cref="Plausibility.MaxFlowToAum"/>
    /// times its AUM (<see cref="DiagnosticCodes.ImplausibleFlow"/>, at the flow's cell). Funds without AUM are bounded by
    /// <see cref="Plausibility.MaxDailyFlowUsd"/> alone, which the flows reader checks.</summary>
    private static void CheckFlowsAgainstAum(LoadContext context, DiagnosticBag diagnostics)
    {
        foreach (var (file, row, field, flow) in context.FundFlowRows)
        {
            if (flow.NetFlowUsd is { } usd && context.FundAum.TryGetValue(flow.Ticker, out var aum))
            {
                Plausibility.FlowWithinAum(file, row, field, flow.Ticker, flow.Date, usd, aum, diagnostics);
            }
        }
    }
}
