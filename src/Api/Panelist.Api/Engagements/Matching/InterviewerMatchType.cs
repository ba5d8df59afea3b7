using GraphQL.Types;
using Panelist.Api.Interviewers;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public sealed class InterviewerMatchType : ObjectGraphType<InterviewerMatch>
{
    public InterviewerMatchType()
    {
        Name = "InterviewerMatch";
        Description = "An interviewer who could take the engagement's next interview, with the factors of their rank.";
        Field(m => m.Rank).Description("1 is the best fit; ties are broken by interviewer id.");
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(m => m.Score).Description("Σ contribution of the factors, 0–1.");
        Field(m => m.Assigned).Description("Already invited to or on the engagement.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchFactorType>>>>("factors").Resolve(ctx => ctx.Source.Factors);
    }
}
