using GraphQL.Types;
using Panelist.Api.Interviewers;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public sealed class ExcludedInterviewerType : ObjectGraphType<ExcludedInterviewer>
{
    public ExcludedInterviewerType()
    {
        Name = "ExcludedInterviewer";
        Description = "An interviewer who cannot take the engagement's next interview, with every reason.";
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchExclusionType>>>>("reasons").Resolve(ctx => ctx.Source.Reasons);
    }
}
