using System.ComponentModel;

namespace Panelist.Api.Fairness;

public sealed record ImportCandidateDemographicsInput(
    [property: Description("1 to 1000 candidates; each replaces what that candidate had on record.")] IReadOnlyList<CandidateDemographicsInput> Rows);
