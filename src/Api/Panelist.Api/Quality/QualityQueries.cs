using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

/// <summary>Root fields of interview audits and calibration.</summary>
public static class QualityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<AuditChecklistQueries, AuditChecklistType, AuditChecklist>("auditChecklists", "Interview-audit checklists, every version.",
            Roles.QualityReaders, ctx => ctx.Db().AuditChecklists.AsNoTracking());
        query.Connection<InterviewAuditQueries, InterviewAuditType, InterviewAudit>("interviewAudits", "The organization's interview audits.",
            Roles.QualityReaders, ctx => ctx.Db().InterviewAudits.AsNoTracking());
        query.Connection<AuditSampleQueries, AuditSampleType, AuditSample>("auditSamples", "The organization's recorded audit samples.",
            Roles.QualityReaders, ctx => ctx.Db().AuditSamples.AsNoTracking());
        query.Connection<CalibrationSessionQueries, CalibrationSessionType, Domain.Quality.Calibration.CalibrationSession>("calibrationSessions",
            "The organization's calibration sessions; for an interviewer, the sessions they take part in.", Roles.CalibrationParticipants, QualityLoaders.Sessions);
        query.Connection<RecalibrationTaskQueries, RecalibrationTaskType, Domain.Quality.Calibration.RecalibrationTask>("recalibrationTasks",
            "Recalibration tasks opened by drift alarms on the organization's calibration ratings.", Roles.QualityReaders, ctx => ctx.Db().RecalibrationTasks.AsNoTracking());

        query.Field<AuditSamplingPolicyType>("auditSamplingPolicy")
            .Description("The sampling policy in force for the organization: its own, else the platform default.")
            .AllowRoles(Roles.QualityReaders)
            .ResolveAsync(async ctx => await ctx.Service<InterviewAuditService>().EffectivePolicyAsync(ctx.CancellationToken));

        query.Field<ReliabilityReportType>("calibrationReliability")
            .Description("Inter-rater reliability of the organization's calibration ratings: every session, or one session and/or one rubric version, optionally seen from one interviewer.")
            .Argument<IdGraphType>("sessionId")
            .Argument<IdGraphType>("rubricVersionId")
            .Argument<IdGraphType>("interviewerId", "Restricts the figures to the items this interviewer rated.")
            .AllowRoles(Roles.QualityReaders)
            .ResolveAsync(async ctx =>
            {
                Guid? Optional(string argument, string type) => ctx.GetArgument<string?>(argument) is null ? null : NodeQueries.IdOf(ctx, type, argument);
                var session = Optional("sessionId", "CalibrationSession");
                var rubric = Optional("rubricVersionId", "RubricVersion");
                if (session is { } id && !await ctx.Db().CalibrationSessions.AnyAsync(s => s.Id == id, ctx.CancellationToken))
                {
                    throw new ApiError(ApiErrorCodes.NotFound, "No calibration session with that id exists here.");
                }

                return await QualityReliability.ComputeAsync(ctx, session, rubric, Optional("interviewerId", "Interviewer"));
            });
    }
}
