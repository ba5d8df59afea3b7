using GraphQL.Types;
using Panelist.Api.Interviewers;

namespace Panelist.Api.GraphQL;

/// <summary>The query root; each feature adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        InterviewerQueries.AddTo(this);
    }
}
