using GraphQL.Types;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class ServiceLevelType : ObjectGraphType<ServiceLevel>
{
    public ServiceLevelType()
    {
        Name = "ServiceLevel";
        Field(s => s.ScheduleWithinDays);
        Field(s => s.FeedbackWithinHours);
    }
}
