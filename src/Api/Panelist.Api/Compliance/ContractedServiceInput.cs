using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

/// <summary>Part of a mutation input.</summary>
public sealed record ContractedServiceInput(string Description, RateUnit Unit, decimal Rate);
