using System.Reflection;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.GraphQL.Features;

public static class SchemaFeatures
{
    /// <summary>Registers every <see cref="SchemaFeature"/> of <paramref name="assembly"/>, and the Node types they declare.</summary>
    public static IServiceCollection AddSchemaFeatures(this IServiceCollection services, Assembly assembly)
    {
        var features = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(SchemaFeature)))
            .Select(t => (SchemaFeature)Activator.CreateInstance(t)!)
            .OrderBy(f => f.Order).ThenBy(f => f.GetType().FullName, StringComparer.Ordinal)
            .ToList();
        var nodes = new NodeTypes();
        foreach (var feature in features)
        {
            services.AddSingleton(feature);
            feature.AddNodes(nodes);
        }

        services.AddSingleton(nodes);
        return services;
    }
}
