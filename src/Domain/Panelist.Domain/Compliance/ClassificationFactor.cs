namespace Panelist.Domain.Compliance;

/// <summary>One factor of a test as the assessor answered it, with the evidence behind the answer.</summary>
/// <param name="Key">The factor's key in its test (<see cref="ClassificationRules.FactorsOf"/>).</param>
/// <param name="Answer">Which way the evidence points.</param>
/// <param name="Evidence">What the assessor saw, in words.</param>
/// <param name="DocumentUrl">A link to the document that proves it (contract clause, invoice, website).</param>
public sealed record ClassificationFactor(string Key, FactorAnswer Answer, string? Evidence, string? DocumentUrl);
