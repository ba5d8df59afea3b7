using GraphQL.Types;
using Panelist.Api.Interviewers;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Api.Quality;

public sealed class RaterLeniencyType : ObjectGraphType<RaterLeniencyResult<Guid>>
{
    public RaterLeniencyType()
    {
        Name = "RaterLeniency";
        Description = "How lenient (z > 0) or severe (z < 0) a rater is against the other raters of the same items.";
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.Rater));
        Field(l => l.Items).Description("Items this rater shares with another rater: the n behind the figure.");
        Field(l => l.ReferenceRatings);
        Field(l => l.Mean, nullable: true);
        Field(l => l.ReferenceMean, nullable: true);
        Field(l => l.ReferenceStandardDeviation, nullable: true);
        Field(l => l.ZScore, nullable: true);
        Field(l => l.UndefinedReason, nullable: true);
    }
}
