using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public static class InterviewerMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<InterviewerType, RegisterInterviewerInput, Interviewer>("registerInterviewer", "interviewer", "Registers an applicant interviewer.", Roles.PlatformAdmin,
            (ctx, input) => ctx.Service<InterviewerService>().RegisterAsync(new InterviewerProfile(input.Name, input.Email, input.Headline, input.CountryCode, input.TimeZone),
                RateCard(input.RateCard), ctx.CancellationToken));

        Change<UpdateInterviewerProfileInput>(mutation, "updateInterviewerProfile", "Edits the public profile (platform admins, or the interviewer themself).",
            Roles.PlatformAdminAndInterviewers, i => i.InterviewerId,
            (s, id, i, ct) => s.UpdateProfileAsync(id, new InterviewerProfile(i.Name, "", i.Headline, i.CountryCode, i.TimeZone), ct));
        Change<SetInterviewerRateCardInput>(mutation, "setInterviewerRateCard", "Replaces the rate card.", Roles.PlatformAdmin, i => i.InterviewerId,
            (s, id, i, ct) => s.SetRateCardAsync(id, RateCard(i.RateCard), ct));
        Change<SetInterviewerSkillInput>(mutation, "setInterviewerSkill", "Adds a skill or changes its level (1–5).", Roles.PlatformAdminAndInterviewers, i => i.InterviewerId,
            (s, id, i, ct) => s.SetSkillAsync(id, InputIds.Decode(i.SkillId, "Skill", nameof(i.SkillId)), i.Level, i.Years, ct));
        Change<RemoveInterviewerSkillInput>(mutation, "removeInterviewerSkill", "Removes a skill.", Roles.PlatformAdminAndInterviewers, i => i.InterviewerId,
            (s, id, i, ct) => s.RemoveSkillAsync(id, InputIds.Decode(i.SkillId, "Skill", nameof(i.SkillId)), ct));
        Change<SetInterviewerLanguageInput>(mutation, "setInterviewerLanguage", "Adds a language (ISO 639-1) or changes its level.", Roles.PlatformAdminAndInterviewers,
            i => i.InterviewerId, (s, id, i, ct) => s.SetLanguageAsync(id, i.Code, i.Level, ct));
        Change<RemoveInterviewerLanguageInput>(mutation, "removeInterviewerLanguage", "Removes a language.", Roles.PlatformAdminAndInterviewers, i => i.InterviewerId,
            (s, id, i, ct) => s.RemoveLanguageAsync(id, i.Code, ct));
        Change<ClassifyInterviewerInput>(mutation, "classifyInterviewer", "Records how the interviewer is engaged, and under which jurisdiction.", Roles.PlatformAdmin,
            i => i.InterviewerId, (s, id, i, ct) => s.ClassifyAsync(id, i.Classification, i.Jurisdiction, ct));
        Change<RecordInterviewerContractInput>(mutation, "recordInterviewerContract", "Records the contract (and NDA) dates.", Roles.PlatformAdmin, i => i.InterviewerId,
            (s, id, i, ct) => s.RecordContractAsync(id, i.SignedAt.UtcDateTime, i.ExpiresAt?.UtcDateTime, i.NdaSignedAt?.UtcDateTime, ct));
        Change<CertifyInterviewerInput>(mutation, "certifyInterviewer", "Certifies the interviewer on a rubric until expiresAt.", Roles.PlatformAdmin, i => i.InterviewerId,
            (s, id, i, ct) => s.CertifyAsync(id, InputIds.Decode(i.RubricId, "Rubric", nameof(i.RubricId)), i.CertifiedAt.UtcDateTime, i.ExpiresAt.UtcDateTime, ct));
        Change<ChangeInterviewerStatusInput>(mutation, "changeInterviewerStatus", "Moves the interviewer along APPLICANT → ONBOARDING → ACTIVE ⇄ SUSPENDED → OFFBOARDED.",
            Roles.PlatformAdmin, i => i.InterviewerId, (s, id, i, ct) => s.ChangeStatusAsync(id, i.Status, ct));
    }

    /// <summary>A change to one interviewer, named by the input's <c>interviewerId</c>.</summary>
    private static void Change<TInput>(ObjectGraphType mutation, string name, string description, Role[] roles, Func<TInput, string> interviewerId,
        Func<InterviewerService, Guid, TInput, CancellationToken, Task<Result<Interviewer>>> run) =>
        mutation.Mutation<InterviewerType, TInput, Interviewer>(name, "interviewer", description, roles,
            (ctx, input) => run(ctx.Service<InterviewerService>(), InputIds.Decode(interviewerId(input), "Interviewer", nameof(UpdateInterviewerProfileInput.InterviewerId)),
                input, ctx.CancellationToken));

    private static RateCard RateCard(RateCardInput card) => new(card.Currency, card.HourlyRate, card.PerInterviewRate);
}
