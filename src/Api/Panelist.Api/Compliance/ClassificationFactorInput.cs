using System.ComponentModel;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

/// <summary>Part of a mutation input.</summary>
public sealed record ClassificationFactorInput(
    [property: Description("The factor's key in the test, e.g. b.outsideUsualBusiness.")] string Key,
    FactorAnswer Answer,
    [property: Description("What the assessor saw; an answer other than UNKNOWN needs this or documentUrl.")] string? Evidence,
    [property: Description("An absolute http(s) link to the proving document.")] string? DocumentUrl);
