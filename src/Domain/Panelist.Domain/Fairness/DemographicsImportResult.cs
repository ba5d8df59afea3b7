namespace Panelist.Domain.Fairness;

/// <summary>What an import did, in counts only: no candidate's answer is ever returned.</summary>
/// <param name="Imported">Rows written.</param>
/// <param name="Replaced">Of those, candidates who had demographics before (their earlier answer is replaced).</param>
public sealed record DemographicsImportResult(int Imported, int Replaced);
