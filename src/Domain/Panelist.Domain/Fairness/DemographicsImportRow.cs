namespace Panelist.Domain.Fairness;

/// <summary>One candidate's demographics as the client's ATS holds them.</summary>
public sealed record DemographicsImportRow(Guid CandidateId, Sex? Sex, RaceEthnicity? RaceEthnicity);
