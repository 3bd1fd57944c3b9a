namespace ReportGen.Config;

/// <summary>
/// Where narrative words change, as fractions of 1 (0.10 = 10%), from <c>thresholds:</c> in reportgen.yml.
/// A return r, rounded as it is printed, is described as: r = 0 "ended little changed at"; r ≥ <see cref="Surged"/>
/// "surged"; ≥ <see cref="Rose"/> "rose"; ≥ <see cref="EdgedUp"/> "edged up"; above 0 "ticked up"; above −<see cref="EdgedUp"/>
/// "ticked down"; above −<see cref="Rose"/> "slipped"; above −<see cref="Surged"/> "fell"; otherwise "plunged". A spread
/// within ±<see cref="Matched"/> "matched".
/// </summary>
/// <param name="Surged">Return from which a move is a surge (and below whose negative a plunge); default 0.10.</param>
/// <param name="Rose">Return from which a move is a rise (and below whose negative a fall); default 0.02.</param>
/// <param name="EdgedUp">Return from which a move is "edged up" (and below whose negative "slipped"); default 0.005.</param>
/// <param name="Matched">Largest absolute spread (fraction) still called "matched"; default 0.005 (0.5 pp).</param>
public sealed record NarrativeThresholds(double Surged = 0.10, double Rose = 0.02, double EdgedUp = 0.005, double Matched = 0.005);
