using GraphQL;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

/// <summary>Part of a mutation input: one candidate's answer as the ATS holds it; null is "not provided".</summary>
public sealed record CandidateDemographicsInput([property: Id] string CandidateId, Sex? Sex, RaceEthnicity? RaceEthnicity);
