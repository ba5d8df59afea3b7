using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

/// <summary>A report as a CSV document, with the report it was made from.</summary>
public sealed record AdverseImpactCsvFile(string FileName, string ContentType, string Content, AdverseImpactReport Report);
