using GraphQL.Types;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class EngagementStatusType : EnumerationGraphType<EngagementStatus>
{
    public EngagementStatusType() => Name = "EngagementStatus";
}

public sealed class PricingModelType : EnumerationGraphType<PricingModel>
{
    public PricingModelType() => Name = "PricingModel";
}

public sealed class AssignmentStatusType : EnumerationGraphType<AssignmentStatus>
{
    public AssignmentStatusType() => Name = "AssignmentStatus";
}
