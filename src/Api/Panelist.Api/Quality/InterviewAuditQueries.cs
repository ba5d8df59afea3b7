using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class InterviewAuditQueries : IConnectionSource<InterviewAudit>
{
    private InterviewAuditQueries()
    {
    }

    public static string Entity => "InterviewAudit";

    public static FilterSpec<InterviewAudit> Filters { get; } = new FilterSpec<InterviewAudit>()
        .Id("interviewerId", "Interviewer", a => a.InterviewerId)
        .Id("interviewId", "Interview", a => a.InterviewId)
        .Id("checklistId", "AuditChecklist", a => a.ChecklistId)
        .Field<DateTime, DateTimeFilterInputType>("auditedAt", a => a.CreatedAt);

    public static SortSpec<InterviewAudit> Sorts { get; } = new SortSpec<InterviewAudit>(a => a.Id)
        .Default("auditedAt", a => a.CreatedAt, descending: true)
        .Field("auditedAt", a => a.CreatedAt);
}
