using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

/// <summary>An interviewer's public profile: what any client may see. The email is private and not here.</summary>
public sealed class InterviewerType : ObjectGraphType<Interviewer>
{
    public InterviewerType()
    {
        Name = "Interviewer";
        Description = "A vetted freelance interviewer.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(i => i.Name);
        Field(i => i.Headline);
        Field(i => i.CountryCode).Description("ISO 3166-1 alpha-2 country code.");
        Field(i => i.TimeZone).Description("IANA time zone, for showing times in the interviewer's local time.");
        Field(i => i.Status, type: typeof(NonNullGraphType<InterviewerStatusType>));
        Field(i => i.RateCurrency).Description("ISO 4217 currency of the rate card.");
        Field(i => i.HourlyRate);
        Field(i => i.PerInterviewRate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerSkillType>>>>("skills").Resolve(ctx => ctx.Source.Skills);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerLanguageType>>>>("languages").Resolve(ctx => ctx.Source.Languages);
    }
}
