using System.ComponentModel;
using GraphQL;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed record RecordClassificationInput(
    [property: Id] string InterviewerId,
    [property: Description("ISO 3166 country or subdivision: US-CA needs CALIFORNIA_ABC, other US jurisdictions IRS_COMMON_LAW, EU member states EU_PLATFORM_WORK.")] string Jurisdiction,
    ClassificationTest Test,
    [property: Description("Every factor of the test, once each (UNKNOWN where not established).")] IReadOnlyList<ClassificationFactorInput> Factors,
    string? Note);
