using GraphQL.Types;

namespace Panelist.Api.GraphQL;

/// <summary>The one schema; its SDL is exported to <c>schema/schema.graphql</c> and served at <c>/graphql/schema.graphql</c>.</summary>
public sealed class PanelistSchema : Schema
{
    public PanelistSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        Description = "Panelist: the system of record for outsourced interviewing.";
    }
}
