using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class RecalibrationTaskType : ObjectGraphType<RecalibrationTask>
{
    public RecalibrationTaskType()
    {
        Name = "RecalibrationTask";
        Description = "Opened when an interviewer's calibration deviations from their peers drift (EWMA, λ = 0.2, L = 3).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(t => t.Direction, type: typeof(NonNullGraphType<DriftDirectionType>)).Description("UP: more lenient than peers; DOWN: more severe.");
        Field(t => t.Observations).Description("Deviations in the series at the alarm: the n behind it.");
        Field(t => t.Statistic).Description("The EWMA statistic at the alarm.");
        Field(t => t.Limit).Description("The control limit it crossed.");
        Field(t => t.Status, type: typeof(NonNullGraphType<RecalibrationTaskStatusType>));
        Field<NonNullGraphType<DateTimeGraphType>>("openedAt").Resolve(ctx => ctx.Source.CreatedAt);
    }
}
