using GraphQL.Types;

namespace Panelist.Api.Engagements;

public sealed class ServiceLevelInputType : InputObjectGraphType
{
    public ServiceLevelInputType()
    {
        Name = "ServiceLevelInput";
        Field<NonNullGraphType<IntGraphType>>("scheduleWithinDays");
        Field<NonNullGraphType<IntGraphType>>("feedbackWithinHours");
    }
}
