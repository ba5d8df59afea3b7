using GraphQL;
using GraphQL.Types;

namespace Panelist.Api.GraphQL;

/// <summary>The SDL as served and as checked in: one function, so the two cannot drift apart silently.</summary>
public static class SchemaExport
{
    public static string Sdl(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
