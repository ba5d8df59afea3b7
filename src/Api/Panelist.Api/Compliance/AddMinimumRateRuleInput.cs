using System.ComponentModel;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed record AddMinimumRateRuleInput(
    [property: Description("ISO 3166 country or subdivision.")] string Jurisdiction,
    string Currency,
    decimal Amount,
    RateUnit Unit,
    DateTimeOffset EffectiveFrom,
    DateTimeOffset? EffectiveTo,
    [property: Description("The law or policy the floor comes from.")] string Source);
