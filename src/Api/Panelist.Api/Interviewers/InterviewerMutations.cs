using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public static class InterviewerMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<InterviewerType, Interviewer>("registerInterviewer", "interviewer", "Registers an applicant interviewer.", Roles.PlatformAdmin,
            i =>
            {
                Profile(i, withEmail: true);
                i.Field<NonNullGraphType<RateCardInputType>>("rateCard");
            },
            (ctx, input) => ctx.Service<InterviewerService>().RegisterAsync(ReadProfile(input), ReadRateCard(input), ctx.CancellationToken));

        Change(mutation, "updateInterviewerProfile", "Edits the public profile (platform admins, or the interviewer themself).", Roles.PlatformAdminAndInterviewers,
            i => Profile(i, withEmail: false),
            (s, id, input, ct) => s.UpdateProfileAsync(id, ReadProfile(input), ct));
        Change(mutation, "setInterviewerRateCard", "Replaces the rate card.", Roles.PlatformAdmin,
            i => i.Field<NonNullGraphType<RateCardInputType>>("rateCard"),
            (s, id, input, ct) => s.SetRateCardAsync(id, ReadRateCard(input), ct));
        Change(mutation, "setInterviewerSkill", "Adds a skill or changes its level (1–5).", Roles.PlatformAdminAndInterviewers,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("skillId");
                i.Field<NonNullGraphType<IntGraphType>>("level");
                i.Field<NonNullGraphType<IntGraphType>>("years");
            },
            (s, id, input, ct) => s.SetSkillAsync(id, input.Id("skillId", "Skill"), input.Required<int>("level"), input.Required<int>("years"), ct));
        Change(mutation, "removeInterviewerSkill", "Removes a skill.", Roles.PlatformAdminAndInterviewers,
            i => i.Field<NonNullGraphType<IdGraphType>>("skillId"),
            (s, id, input, ct) => s.RemoveSkillAsync(id, input.Id("skillId", "Skill"), ct));
        Change(mutation, "setInterviewerLanguage", "Adds a language (ISO 639-1) or changes its level.", Roles.PlatformAdminAndInterviewers,
            i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("code");
                i.Field<NonNullGraphType<LanguageLevelType>>("level");
            },
            (s, id, input, ct) => s.SetLanguageAsync(id, input.Required<string>("code"), input.Required<LanguageLevel>("level"), ct));
        Change(mutation, "removeInterviewerLanguage", "Removes a language.", Roles.PlatformAdminAndInterviewers,
            i => i.Field<NonNullGraphType<StringGraphType>>("code"),
            (s, id, input, ct) => s.RemoveLanguageAsync(id, input.Required<string>("code"), ct));
        Change(mutation, "classifyInterviewer", "Records how the interviewer is engaged, and under which jurisdiction.", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<ClassificationTypeType>>("classification");
                i.Field<NonNullGraphType<StringGraphType>>("jurisdiction");
            },
            (s, id, input, ct) => s.ClassifyAsync(id, input.Required<ClassificationType>("classification"), input.Required<string>("jurisdiction"), ct));
        Change(mutation, "recordInterviewerContract", "Records the contract (and NDA) dates.", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<DateTimeOffsetGraphType>>("signedAt");
                i.Field<DateTimeOffsetGraphType>("expiresAt");
                i.Field<DateTimeOffsetGraphType>("ndaSignedAt");
            },
            (s, id, input, ct) => s.RecordContractAsync(id, input.Instant("signedAt"), input.OptionalInstant("expiresAt"), input.OptionalInstant("ndaSignedAt"), ct));
        Change(mutation, "certifyInterviewer", "Certifies the interviewer on a rubric until expiresAt.", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("rubricId");
                i.Field<NonNullGraphType<DateTimeOffsetGraphType>>("certifiedAt");
                i.Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt");
            },
            (s, id, input, ct) => s.CertifyAsync(id, input.Id("rubricId", "Rubric"), input.Instant("certifiedAt"), input.Instant("expiresAt"), ct));
        Change(mutation, "changeInterviewerStatus", "Moves the interviewer along APPLICANT → ONBOARDING → ACTIVE ⇄ SUSPENDED → OFFBOARDED.", Roles.PlatformAdmin,
            i => i.Field<NonNullGraphType<InterviewerStatusType>>("status"),
            (s, id, input, ct) => s.ChangeStatusAsync(id, input.Required<InterviewerStatus>("status"), ct));
    }

    private static void Change(ObjectGraphType mutation, string name, string description, Domain.Common.Role[] roles, Action<InputObjectGraphType> fields,
        Func<InterviewerService, Guid, MutationInput, CancellationToken, Task<Domain.Common.Result<Interviewer>>> run) =>
        mutation.Mutation<InterviewerType, Interviewer>(name, "interviewer", description, roles,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("interviewerId");
                fields(i);
            },
            (ctx, input) => run(ctx.Service<InterviewerService>(), input.Id("interviewerId", "Interviewer"), input, ctx.CancellationToken));

    private static void Profile(InputObjectGraphType i, bool withEmail)
    {
        i.Field<NonNullGraphType<StringGraphType>>("name");
        if (withEmail)
        {
            i.Field<NonNullGraphType<StringGraphType>>("email");
        }

        i.Field<StringGraphType>("headline");
        i.Field<NonNullGraphType<StringGraphType>>("countryCode");
        i.Field<NonNullGraphType<StringGraphType>>("timeZone");
    }

    private static InterviewerProfile ReadProfile(MutationInput input) => new(
        input.Required<string>("name"), input.Get<string>("email") ?? "", input.Get<string>("headline"),
        input.Required<string>("countryCode"), input.Required<string>("timeZone"));

    private static RateCard ReadRateCard(MutationInput input)
    {
        var card = input.Nested("rateCard");
        return new RateCard(card.Required<string>("currency"), card.Required<decimal>("hourlyRate"), card.Required<decimal>("perInterviewRate"));
    }
}
