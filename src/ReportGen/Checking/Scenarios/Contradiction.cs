using ReportGen.Facts;

namespace ReportGen.Checking.Scenarios;

/// <summary>A sentence whose words say something its figures contradict (<see cref="ContradictionChecker"/>).</summary>
/// <param name="Rule">The rule that found it: <c>direction</c>, <c>comparison</c>, <c>superlative</c>, <c>led-with-loss</c> or <c>count</c>.</param>
/// <param name="Phrase">The claim words as printed, e.g. "rose", "outperformed", "led".</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="PhraseIndex">Index of the phrase's first token in <see cref="ProseSentence.Tokens"/>.</param>
/// <param name="Reason">Why it is false, naming the figures, e.g. "the figure it reads, -5.2% (total_return of NVDA), is negative".</param>
/// <param name="Figures">The figures the finding reads (the claimed one first).</param>
public sealed record Contradiction(string Rule, string Phrase, ProseSentence Sentence, int PhraseIndex, string Reason, IReadOnlyList<Figure> Figures);
