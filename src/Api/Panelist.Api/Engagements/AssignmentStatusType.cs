using GraphQL.Types;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class AssignmentStatusType : EnumerationGraphType<AssignmentStatus>
{
    public AssignmentStatusType() => Name = "AssignmentStatus";
}
