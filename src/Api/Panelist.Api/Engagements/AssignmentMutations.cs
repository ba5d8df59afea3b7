using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public static class AssignmentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<AssignmentType, Assignment>("inviteInterviewer", "assignment",
            "Invites an ACTIVE, compliant interviewer certified on the engagement's rubric; a rate above their card needs an admin.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("engagementId");
                i.Field<NonNullGraphType<IdGraphType>>("interviewerId");
                i.Field<DecimalGraphType>("agreedRate").Description("Defaults to the interviewer's card rate for the engagement's pricing model.");
            },
            (ctx, input) => ctx.Service<AssignmentService>().InviteAsync(input.Id("engagementId", "Engagement"), input.Id("interviewerId", "Interviewer"),
                input.Get<decimal?>("agreedRate"), ctx.CancellationToken));

        Own(mutation, "acceptAssignment", "The invited interviewer accepts.", (s, id, ct) => s.AcceptAsync(id, ct));
        Own(mutation, "declineAssignment", "The invited interviewer declines.", (s, id, ct) => s.DeclineAsync(id, ct));
        Own(mutation, "acknowledgeBriefing", "The interviewer confirms they read the engagement's brief.", (s, id, ct) => s.AcknowledgeBriefingAsync(id, ct));

        mutation.Mutation<AssignmentType, Assignment>("removeAssignment", "assignment", "Takes an interviewer off the engagement; their interviews still to come are cancelled.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("assignmentId");
                i.Field<StringGraphType>("reason");
            },
            (ctx, input) => ctx.Service<AssignmentService>().RemoveAsync(input.Id("assignmentId", "Assignment"), input.Get<string>("reason"), ctx.CancellationToken));
    }

    private static void Own(ObjectGraphType mutation, string name, string description,
        Func<AssignmentService, Guid, CancellationToken, Task<Domain.Common.Result<Assignment>>> run) =>
        mutation.Mutation<AssignmentType, Assignment>(name, "assignment", description, Roles.PlatformAdminAndInterviewers,
            i => i.Field<NonNullGraphType<IdGraphType>>("assignmentId"),
            (ctx, input) => run(ctx.Service<AssignmentService>(), input.Id("assignmentId", "Assignment"), ctx.CancellationToken));
}
