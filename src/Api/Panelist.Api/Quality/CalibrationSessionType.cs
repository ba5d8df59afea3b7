using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Api.Rubrics;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class CalibrationSessionType : ObjectGraphType<CalibrationSession>
{
    public CalibrationSessionType()
    {
        Name = "CalibrationSession";
        Description = "Several interviewers score the same completed interviews on one rubric version, blind to each other.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(s => s.Title);
        Field(s => s.Status, type: typeof(NonNullGraphType<CalibrationSessionStatusType>));
        Field(s => s.Kind, type: typeof(NonNullGraphType<CalibrationKindType>));
        Field(s => s.ClosedAt, type: typeof(DateTimeGraphType));
        Field<NonNullGraphType<RubricVersionType>>("rubricVersion").Resolve(ctx => RubricLoaders.Version(ctx, ctx.Source.RubricVersionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("interviewIds").Description("The interviews to score, by id.")
            .Resolve(ctx => ctx.Source.InterviewIds.Select(id => GlobalId.Encode("Interview", id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerType>>>>("participants")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.Source.ParticipantIds;
                var found = await ctx.Db().Interviewers.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ctx.CancellationToken);
                return (object)ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalibrationScoreType>>>>("scores")
            .Description("A participant sees their own scores, and others' for an interview once every participant has scored it or the session is closed.")
            .ResolveAsync(async ctx => await CalibrationBlindness.VisibleScoresAsync(ctx, ctx.Source));
        Field<ReliabilityReportType>("reliability").Description("The session's inter-rater reliability (quality readers only).")
            .AllowRoles(Roles.QualityReaders)
            .ResolveAsync(async ctx => await QualityReliability.ComputeAsync(ctx, ctx.Source.Id, null, null));
    }
}
