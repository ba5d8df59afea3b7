using GraphQL.Types;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Interviews;

public sealed class InterviewStatusType : EnumerationGraphType<InterviewStatus>
{
    public InterviewStatusType() => Name = "InterviewStatus";
}
