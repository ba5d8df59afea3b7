using GraphQL;
using Panelist.Api.GraphQL.DataLoaders;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Api.GraphQL;

/// <summary>Request services as resolvers need them.</summary>
public static class ResolveContextExtensions
{
    public static PanelistDbContext Db(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<PanelistDbContext>();

    public static DataLoaders.DataLoaders Loaders(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<DataLoaders.DataLoaders>();

    public static RequestContext Request(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<RequestContext>();

    public static T Service<T>(this IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    public static IDictionary<string, object?>? Where(this IResolveFieldContext ctx) =>
        ctx.GetArgument<Dictionary<string, object?>?>("where");

    public static IEnumerable<object?>? Order(this IResolveFieldContext ctx) => ctx.GetArgument<List<object?>?>("order");
}
