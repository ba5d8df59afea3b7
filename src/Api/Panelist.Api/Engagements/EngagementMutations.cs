using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public static class EngagementMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<EngagementType, CreateEngagementInput, Engagement>("createEngagement", "engagement",
            "Creates a draft engagement pinned to a published rubric version.", Roles.Staff,
            (ctx, input) => ctx.Service<EngagementService>().CreateAsync(InputIds.Decode(input.RubricVersionId, "RubricVersion", nameof(input.RubricVersionId)),
                Details(input.Title, input.Brief, new(input.AtsJobId, input.AtsStageId, input.AtsInterviewTypeId, input.AtsHiringPlanInterviewId),
                    input.Pricing, input.ServiceLevel, input.WeeklyCapacity, input.StartsAt, input.EndsAt,
                    input.RequiredLanguages, input.RequiredSkills, input.InterviewingHours), ctx.CancellationToken));

        mutation.Mutation<EngagementType, EditEngagementInput, Engagement>("editEngagement", "engagement",
            "Replaces the editable terms of an engagement that is not closed.", Roles.Staff,
            (ctx, input) => ctx.Service<EngagementService>().EditAsync(Id(input.EngagementId),
                Details(input.Title, input.Brief, new(input.AtsJobId, input.AtsStageId, input.AtsInterviewTypeId, input.AtsHiringPlanInterviewId),
                    input.Pricing, input.ServiceLevel, input.WeeklyCapacity, input.StartsAt, input.EndsAt,
                    input.RequiredLanguages, input.RequiredSkills, input.InterviewingHours), input.AcknowledgeOverCommitment ?? false, ctx.CancellationToken));

        mutation.Mutation<EngagementType, PinRubricVersionInput, Engagement>("pinRubricVersion", "engagement", "Pins another published rubric version (drafts only).", Roles.Staff,
            (ctx, input) => ctx.Service<EngagementService>().PinRubricVersionAsync(Id(input.EngagementId),
                InputIds.Decode(input.RubricVersionId, "RubricVersion", nameof(input.RubricVersionId)), ctx.CancellationToken));

        Transition<OpenEngagementInput>(mutation, "openEngagement", "DRAFT → OPEN.", i => i.EngagementId, (s, id, ct) => s.OpenAsync(id, ct));
        Transition<ActivateEngagementInput>(mutation, "activateEngagement", "OPEN → ACTIVE: interviews can be requested.", i => i.EngagementId,
            (s, id, ct) => s.ActivateAsync(id, ct));
        Transition<PauseEngagementInput>(mutation, "pauseEngagement", "ACTIVE → PAUSED.", i => i.EngagementId, (s, id, ct) => s.PauseAsync(id, ct));
        Transition<ResumeEngagementInput>(mutation, "resumeEngagement", "PAUSED → ACTIVE.", i => i.EngagementId, (s, id, ct) => s.ResumeAsync(id, ct));

        mutation.Mutation<EngagementType, CloseEngagementInput, Engagement>("closeEngagement", "engagement",
            "Closes the engagement and cancels its interviews still to come.", Roles.Staff,
            (ctx, input) => ctx.Service<EngagementService>().CloseAsync(Id(input.EngagementId), input.Reason, ctx.CancellationToken));
    }

    private static void Transition<TInput>(ObjectGraphType mutation, string name, string description, Func<TInput, string> engagementId,
        Func<EngagementService, Guid, CancellationToken, Task<Result<Engagement>>> run) =>
        mutation.Mutation<EngagementType, TInput, Engagement>(name, "engagement", description, Roles.Staff,
            (ctx, input) => run(ctx.Service<EngagementService>(), Id(engagementId(input)), ctx.CancellationToken));

    private static Guid Id(string engagementId) => InputIds.Decode(engagementId, "Engagement", nameof(EditEngagementInput.EngagementId));

    /// <summary>The terms shared by <c>createEngagement</c> and <c>editEngagement</c>.</summary>
    private static EngagementDetails Details(string title, string? brief, AtsIds ats, PricingInput pricing, ServiceLevelInput serviceLevel,
        int weeklyCapacity, DateTimeOffset startsAt, DateTimeOffset? endsAt, IReadOnlyList<string>? languages, IReadOnlyList<RequiredSkillInput>? skills,
        InterviewingHoursInput? hours) => new(
        title, brief, ats.JobId,
        new Pricing(pricing.Model, pricing.Currency, pricing.BudgetCap),
        new ServiceLevel(serviceLevel.ScheduleWithinDays, serviceLevel.FeedbackWithinHours),
        weeklyCapacity, startsAt.UtcDateTime, endsAt?.UtcDateTime, languages ?? [],
        [.. (skills ?? []).Select((s, i) => new RequiredSkill(
            InputIds.Decode(s.SkillId, "Skill", nameof(CreateEngagementInput.RequiredSkills), i, nameof(s.SkillId)), s.MinLevel))],
        ats.StageId, ats.InterviewTypeId, ats.HiringPlanInterviewId,
        hours is null ? null : InterviewingHours.Validated(hours.TimeZone, hours.From, hours.To));

    /// <summary>The ATS ids of an engagement's terms, as entered (the domain checks their length).</summary>
    private sealed record AtsIds(string? JobId, string? StageId, string? InterviewTypeId, string? HiringPlanInterviewId);
}
