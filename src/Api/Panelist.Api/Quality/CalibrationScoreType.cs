using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Api.Scorecards;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class CalibrationScoreType : ObjectGraphType<CalibrationScore>
{
    public CalibrationScoreType()
    {
        Name = "CalibrationScore";
        Description = "One participant's ratings of one interview of a calibration session.";
        Field<NonNullGraphType<IdGraphType>>("interviewId").Resolve(ctx => GlobalId.Encode("Interview", ctx.Source.InterviewId));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionRatingType>>>>("ratings").Resolve(ctx => ctx.Source.Ratings);
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Resolve(ctx => ctx.Source.CreatedAt);
    }
}
