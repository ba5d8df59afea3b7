using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

/// <summary>A thread's messages as a connection, newest first.</summary>
public sealed class ThreadMessageQueries : IConnectionSource<ThreadMessage>
{
    private ThreadMessageQueries()
    {
    }

    public static string Entity => "ThreadMessage";

    public static FilterSpec<ThreadMessage> Filters { get; } = new FilterSpec<ThreadMessage>()
        .Field<DateTime, DateTimeFilterInputType>("createdAt", m => m.CreatedAt);

    public static SortSpec<ThreadMessage> Sorts { get; } = new SortSpec<ThreadMessage>(m => m.Id)
        .Default("createdAt", m => m.CreatedAt, descending: true)
        .Field("createdAt", m => m.CreatedAt);
}
