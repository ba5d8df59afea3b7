using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Api.Organizations;
using Panelist.Domain.Candidates;
using Panelist.Domain.Organizations;

namespace Panelist.Api.Candidates;

public static class CandidateMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CandidateType, EraseCandidateInput, Candidate>("eraseCandidate", "candidate",
            "Erases a candidate's personal data (a data subject's request): name and e-mail are destroyed with the candidate's key; interviews, "
            + "scorecards and metrics stay, anonymous. The erasure goes to every connector installation; `erasure` shows each one's receipt. "
            + "Refused with LEGAL_HOLD_ACTIVE while a hold covers the candidate or one of their engagements.", Roles.Admins,
            (ctx, input) => ctx.Service<CandidateService>().EraseAsync(InputIds.Decode(input.CandidateId, "Candidate", nameof(input.CandidateId)), ctx.CancellationToken));
        mutation.Mutation<LegalHoldType, PlaceLegalHoldInput, LegalHold>("placeLegalHold", "legalHold",
            "Places a legal hold on a candidate or an engagement (name exactly one): nothing it covers is erased until it is released. Audited.", Roles.Admins,
            (ctx, input) => ctx.Service<CandidateService>().PlaceHoldAsync(
                input.CandidateId is { } c ? InputIds.Decode(c, "Candidate", nameof(input.CandidateId)) : null,
                input.EngagementId is { } e ? InputIds.Decode(e, "Engagement", nameof(input.EngagementId)) : null,
                input.Reason, ctx.CancellationToken));
        mutation.Mutation<LegalHoldType, ReleaseLegalHoldInput, LegalHold>("releaseLegalHold", "legalHold", "Releases a legal hold. Audited.", Roles.Admins,
            (ctx, input) => ctx.Service<CandidateService>().ReleaseHoldAsync(InputIds.Decode(input.LegalHoldId, "LegalHold", nameof(input.LegalHoldId)), ctx.CancellationToken));
        mutation.Mutation<OrganizationType, SetCandidateRetentionInput, Organization>("setCandidateRetention", "organization",
            "Sets your organization's retention: candidates are erased this many months after their last interview (held ones excepted); null turns it off.",
            Roles.Admins, (ctx, input) => ctx.Service<CandidateService>().SetRetentionAsync(input.Months, ctx.CancellationToken));
    }
}
