using GraphQL.Types;
using Panelist.Api.Interviews;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "InterviewStatusCount";
        Field(s => s.Status, type: typeof(NonNullGraphType<InterviewStatusType>));
        Field(s => s.Count);
    }
}
