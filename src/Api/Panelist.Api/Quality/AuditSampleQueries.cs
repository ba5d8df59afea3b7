using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditSampleQueries : IConnectionSource<AuditSample>
{
    private AuditSampleQueries()
    {
    }

    public static string Entity => "AuditSample";

    public static FilterSpec<AuditSample> Filters { get; } = new FilterSpec<AuditSample>()
        .Field<DateTime, DateTimeFilterInputType>("windowStart", s => s.WindowStart);

    public static SortSpec<AuditSample> Sorts { get; } = new SortSpec<AuditSample>(s => s.Id)
        .Default("windowStart", s => s.WindowStart, descending: true)
        .Field("windowStart", s => s.WindowStart);
}
