using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Compliance;

public sealed record CreatePayoutStatementInput(
    [property: Id] string InterviewerId,
    DateTimeOffset PeriodStart,
    [property: Description("Exclusive.")] DateTimeOffset PeriodEnd,
    string Currency);
