namespace Panelist.Domain.Compliance;

/// <summary>One itemized service of a freelance contract, at its rate (in the contract's currency).</summary>
public sealed record ContractedService(string Description, RateUnit Unit, decimal Rate);
