using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class ComplianceWarningKindType : EnumerationGraphType<ComplianceWarningKind>
{
    public ComplianceWarningKindType() => Description = "What in an interviewer's compliance record is due.";
}
