using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditChecklistQueries : IConnectionSource<AuditChecklist>
{
    private AuditChecklistQueries()
    {
    }

    public static string Entity => "AuditChecklist";

    public static FilterSpec<AuditChecklist> Filters { get; } = new FilterSpec<AuditChecklist>()
        .Text("name", c => c.Name)
        .Field<int, IntFilterInputType>("number", c => c.Number);

    public static SortSpec<AuditChecklist> Sorts { get; } = new SortSpec<AuditChecklist>(c => c.Id)
        .Default("name", c => c.Name)
        .Field("name", c => c.Name)
        .Field("number", c => c.Number)
        .Field("createdAt", c => c.CreatedAt);
}
