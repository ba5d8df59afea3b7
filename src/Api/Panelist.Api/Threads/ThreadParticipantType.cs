using GraphQL.Types;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

public sealed class ThreadParticipantType : ObjectGraphType<ThreadParticipant>
{
    public ThreadParticipantType()
    {
        Name = "ThreadParticipant";
        Description = "Someone who writes in a thread and can be mentioned: an assigned interviewer, or a client user who has written in it.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("What postMessage's mentions take: interviewer:<uuid> or user:<subject>.")
            .Resolve(ctx => ctx.Source.Key);
        Field(p => p.Name);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("INTERVIEWER or USER.")
            .Resolve(ctx => Domain.Common.ApiNames.Of(ctx.Source.Person.Kind));
    }
}
