using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviews;
using Panelist.Domain.Candidates;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Candidates;

/// <summary>
/// The person interviewed, one per organization: a data subject. Name and e-mail are decrypted for the roles that
/// need them, and every such read is audited (<c>candidate.viewed</c>); after erasure they are null for everyone.
/// </summary>
public sealed class CandidateType : ObjectGraphType<Candidate>
{
    public CandidateType()
    {
        Name = "Candidate";
        Description = "A person interviewed for your organization. Personal data: every read of the name or e-mail is recorded in the audit trail.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<StringGraphType>("name")
            .Description("Null once erased; for an interviewer, null once their access window after the interview has closed.")
            .AllowRoles(Roles.StaffAndInterviewers.Append(Domain.Common.Role.Auditor).ToArray())
            .ResolveAsync(async ctx => (await RevealAsync(ctx))?.Name);
        Field<StringGraphType>("email").Description("Null once erased.").AllowRoles(Roles.PersonalData)
            .ResolveAsync(async ctx => (await RevealAsync(ctx))?.Email);
        Field(c => c.AtsCandidateId, nullable: true).Description("The client's ATS id for the person; kept after erasure so every ATS can erase its record.")
            .AllowRoles(Roles.StaffAndInterviewers.Append(Domain.Common.Role.Auditor).ToArray());
        Field<StringGraphType>("atsApplicationId")
            .Description("The ATS application of the candidate's latest interview.")
            .DeprecationReason("A candidate can apply to several jobs: use Interview.atsApplicationId.")
            .AllowRoles(Roles.PersonalData)
            .Resolve(ctx => CandidateLoaders.LatestApplication(ctx, ctx.Source.Id));
        Field(c => c.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(c => c.ErasedAt, type: typeof(DateTimeGraphType)).Description("When the personal data was erased (on request or by retention).");
        Field<ListGraphType<NonNullGraphType<LegalHoldType>>>("legalHolds")
            .Description("Holds on this candidate, newest first (engagement-wide holds are on the engagement's interviews).").AllowRoles(Roles.PersonalData)
            .Resolve(ctx => CandidateLoaders.Holds(ctx, ctx.Source.Id));
        Field<CandidateErasureType>("erasure").Description("Where the erasure stands with each processor; null until erased.").AllowRoles(Roles.PersonalData)
            .Resolve(ctx => ctx.Source.IsErased ? CandidateLoaders.Receipts(ctx, ctx.Source.Id) : null);
        var interviews = Field<ConnectionGraphType<InterviewType, Interview>>("interviews")
            .Description("The candidate's interviews you may see, newest request first.")
            .AllowRoles(Roles.StaffAndInterviewers.Append(Domain.Common.Role.Auditor).ToArray());
        ConnectionArguments.AddTo(interviews);
        interviews.Resolve(ctx => InterviewLoaders.ForCandidate(ctx, ctx.Source.Id, ConnectionArguments.From(ctx)));
        CandidateAccessLog.AddTo(this);
    }

    private static async Task<RevealedCandidate?> RevealAsync(IResolveFieldContext<Candidate> ctx)
    {
        if (ctx.Source.IsErased || !await CandidateVisibility.MayReadDetailsAsync(ctx, ctx.Source))
        {
            return null;
        }

        ctx.RequestServices!.GetRequiredService<PersonalDataReads>().Record(ctx.Source.OrganizationId, ctx.Source.Id);
        return await CandidateLoaders.Revealed(ctx, ctx.Source).GetResultAsync(ctx.CancellationToken);
    }
}
