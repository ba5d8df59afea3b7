using GraphQL.Types;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class InterviewingHoursType : ObjectGraphType<InterviewingHours>
{
    public InterviewingHoursType()
    {
        Name = "InterviewingHours";
        Description = "When, on a working day in its time zone, the client holds the engagement's interviews; matching compares it with each interviewer's working day.";
        Field(h => h.TimeZone);
        Field<NonNullGraphType<StringGraphType>>("from").Description("HH:mm").Resolve(ctx => InterviewingHours.Format(ctx.Source.FromMinute));
        Field<NonNullGraphType<StringGraphType>>("to").Description("HH:mm").Resolve(ctx => InterviewingHours.Format(ctx.Source.ToMinute));
    }
}
