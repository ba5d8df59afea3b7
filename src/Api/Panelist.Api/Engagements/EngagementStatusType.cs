using GraphQL.Types;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class EngagementStatusType : EnumerationGraphType<EngagementStatus>
{
    public EngagementStatusType() => Name = "EngagementStatus";
}
