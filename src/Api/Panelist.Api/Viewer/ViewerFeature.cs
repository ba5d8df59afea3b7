using GraphQL.Types;
using Panelist.Api.GraphQL.Features;

namespace Panelist.Api.Viewer;

/// <summary>The signed-in caller.</summary>
public sealed class ViewerFeature : SchemaFeature
{
    public override int Order => 10;

    public override void AddQueries(ObjectGraphType query)
    {
        ViewerQueries.AddTo(query);
    }
}
