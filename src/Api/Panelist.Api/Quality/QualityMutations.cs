using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Quality.Audits;
using Panelist.Domain.Quality.Calibration;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Quality;

public static class QualityMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<AuditChecklistType, CreateAuditChecklistInput, AuditChecklist>("createAuditChecklist", "checklist",
            "Starts a draft checklist: version 1 of a new name, or the next version of an existing one.", Roles.QualityReviewers,
            (ctx, input) => ctx.Service<InterviewAuditService>().CreateChecklistAsync(input.Name, Items(input.Items), input.PassMark, ctx.CancellationToken));

        mutation.Mutation<AuditChecklistType, EditAuditChecklistDraftInput, AuditChecklist>("editAuditChecklistDraft", "checklist",
            "Replaces a draft's items and pass mark; AUDIT_CHECKLIST_PUBLISHED once published.", Roles.QualityReviewers,
            (ctx, input) => ctx.Service<InterviewAuditService>().EditChecklistAsync(InputIds.Decode(input.ChecklistId, "AuditChecklist", nameof(input.ChecklistId)),
                Items(input.Items), input.PassMark, ctx.CancellationToken));

        mutation.Mutation<AuditChecklistType, PublishAuditChecklistInput, AuditChecklist>("publishAuditChecklist", "checklist",
            "Publishes a draft checklist; it never changes again.", Roles.QualityReviewers,
            (ctx, input) => ctx.Service<InterviewAuditService>().PublishChecklistAsync(InputIds.Decode(input.ChecklistId, "AuditChecklist", nameof(input.ChecklistId)),
                ctx.CancellationToken));

        mutation.Mutation<InterviewAuditType, AuditInterviewInput, InterviewAudit>("auditInterview", "audit",
            "Records an audit of a completed interview against a published checklist version, with a finding for every item.", Roles.QualityReviewers,
            (ctx, input) => ctx.Service<InterviewAuditService>().AuditAsync(InputIds.Decode(input.InterviewId, "Interview", nameof(input.InterviewId)),
                InputIds.Decode(input.ChecklistId, "AuditChecklist", nameof(input.ChecklistId)),
                [.. input.Findings.Select(f => new AuditFinding(f.ItemKey, f.Passed, f.Note))], ctx.CancellationToken));

        mutation.Mutation<AuditSamplingPolicyType, SetAuditSamplingPolicyInput, AuditSamplingPolicy>("setAuditSamplingPolicy", "policy",
            "Sets the organization's sampling policy, or the platform default.", [.. Roles.QualityReviewers, Domain.Common.Role.ClientAdmin],
            (ctx, input) => ctx.Service<InterviewAuditService>().SetPolicyAsync(input.PlatformDefault ?? false, input.BaseShare, input.NewInterviewerShare,
                input.NewInterviewerThreshold, input.FlaggedShare, ctx.CancellationToken));

        mutation.Mutation<AuditSampleType, DrawAuditSampleInput, AuditSample>("drawAuditSample", "sample",
            "Draws and records the audit sample of a window; a window already drawn returns its recorded sample unchanged.", Roles.QualityReviewers,
            (ctx, input) => ctx.Service<InterviewAuditService>().DrawSampleAsync(input.From, input.To, ctx.CancellationToken));

        mutation.Mutation<CalibrationSessionType, CreateCalibrationSessionInput, CalibrationSession>("createCalibrationSession", "session",
            "Sets up a calibration session: completed interviews to score on a published rubric version, and the interviewers who score them.", Roles.QualityReviewers,
            (ctx, input) => ctx.Service<CalibrationService>().CreateAsync(input.Title, InputIds.Decode(input.RubricVersionId, "RubricVersion", nameof(input.RubricVersionId)),
                [.. input.InterviewIds.Select((id, i) => InputIds.Decode(id, "Interview", nameof(input.InterviewIds), i))],
                [.. input.InterviewerIds.Select((id, i) => InputIds.Decode(id, "Interviewer", nameof(input.InterviewerIds), i))], ctx.CancellationToken));

        mutation.Mutation<CalibrationSessionType, RequestShadowScoringInput, CalibrationSession>("requestShadowScoring", "session",
            "Asks a second interviewer to score an interview blind; the holder's scorecard is the other score, and neither sees the other's until both are in.",
            Roles.QualityReviewers,
            (ctx, input) => ctx.Service<CalibrationService>().RequestShadowAsync(InputIds.Decode(input.InterviewId, "Interview", nameof(input.InterviewId)),
                InputIds.Decode(input.ShadowInterviewerId, "Interviewer", nameof(input.ShadowInterviewerId)), ctx.CancellationToken));

        mutation.Mutation<CalibrationScoreType, SubmitCalibrationScoreInput, CalibrationScore>("submitCalibrationScore", "score",
            "A participant's blind ratings of one interview of a session, every criterion once; final once submitted.", Roles.Interviewers,
            (ctx, input) => ctx.Service<CalibrationService>().ScoreAsync(InputIds.Decode(input.SessionId, "CalibrationSession", nameof(input.SessionId)),
                InputIds.Decode(input.InterviewId, "Interview", nameof(input.InterviewId)),
                [.. input.Ratings.Select(r => new CriterionRating(r.CriterionKey, r.Rating, r.Evidence))], ctx.CancellationToken));

        mutation.Mutation<CalibrationSessionType, CloseCalibrationSessionInput, CalibrationSession>("closeCalibrationSession", "session",
            "Closes a session: no more scores, and every participant sees every score.", Roles.QualityReviewers,
            (ctx, input) => ctx.Service<CalibrationService>().CloseAsync(InputIds.Decode(input.SessionId, "CalibrationSession", nameof(input.SessionId)), ctx.CancellationToken));
    }

    private static List<AuditChecklistItem> Items(IReadOnlyList<AuditChecklistItemInput> items) =>
        [.. items.Select(i => new AuditChecklistItem(i.Key, i.Title, i.Weight))];
}
