using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public static class AssignmentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<AssignmentType, InviteInterviewerInput, Assignment>("inviteInterviewer", "assignment",
            "Invites an ACTIVE, compliant interviewer certified on the engagement's rubric who holds its required skills and languages; a rate above their card, or missing requirements, need an admin.", Roles.Staff,
            (ctx, input) => ctx.Service<AssignmentService>().InviteAsync(InputIds.Decode(input.EngagementId, "Engagement", nameof(input.EngagementId)),
                InputIds.Decode(input.InterviewerId, "Interviewer", nameof(input.InterviewerId)), input.AgreedRate, input.RequirementsOverrideReason,
                ctx.CancellationToken));

        Own<AcceptAssignmentInput>(mutation, "acceptAssignment", "The invited interviewer accepts.", i => i.AssignmentId, (s, id, ct) => s.AcceptAsync(id, ct));
        Own<DeclineAssignmentInput>(mutation, "declineAssignment", "The invited interviewer declines.", i => i.AssignmentId, (s, id, ct) => s.DeclineAsync(id, ct));
        Own<AcknowledgeBriefingInput>(mutation, "acknowledgeBriefing", "The interviewer confirms they read the engagement's brief.", i => i.AssignmentId,
            (s, id, ct) => s.AcknowledgeBriefingAsync(id, ct));

        mutation.Mutation<AssignmentType, RemoveAssignmentInput, Assignment>("removeAssignment", "assignment",
            "Takes an interviewer off the engagement; their interviews still to come are cancelled.", Roles.Staff,
            (ctx, input) => ctx.Service<AssignmentService>().RemoveAsync(Id(input.AssignmentId), input.Reason, ctx.CancellationToken));
    }

    private static void Own<TInput>(ObjectGraphType mutation, string name, string description, Func<TInput, string> assignmentId,
        Func<AssignmentService, Guid, CancellationToken, Task<Result<Assignment>>> run) =>
        mutation.Mutation<AssignmentType, TInput, Assignment>(name, "assignment", description, Roles.PlatformAdminAndInterviewers,
            (ctx, input) => run(ctx.Service<AssignmentService>(), Id(assignmentId(input)), ctx.CancellationToken));

    private static Guid Id(string assignmentId) => InputIds.Decode(assignmentId, "Assignment", nameof(RemoveAssignmentInput.AssignmentId));
}
