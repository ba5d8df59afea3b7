using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class AssignmentQueries : IConnectionSource<Assignment>
{
    private AssignmentQueries()
    {
    }

    public static string Entity => "Assignment";

    public static FilterSpec<Assignment> Filters { get; } = new FilterSpec<Assignment>()
        .Field<AssignmentStatus, EnumFilterInputType<AssignmentStatusType>>("status", a => a.Status)
        .Id("engagementId", "Engagement", a => a.EngagementId)
        .Id("interviewerId", "Interviewer", a => a.InterviewerId);

    public static SortSpec<Assignment> Sorts { get; } = new SortSpec<Assignment>(a => a.Id)
        .Default("invitedAt", a => a.InvitedAt, descending: true)
        .Field("invitedAt", a => a.InvitedAt);

    public static void AddTo(ObjectGraphType query) =>
        query.Connection<AssignmentQueries, AssignmentType, Assignment>("assignments",
            "Assignments of your organization; for an interviewer, their own across clients.", Roles.Everyone, Visibility.Assignments);
}
