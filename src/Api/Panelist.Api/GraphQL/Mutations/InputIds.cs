using System.Globalization;
using System.Text.Json;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Mutations;

/// <summary>
/// Decodes the global ids of a typed mutation input. The path is given with <c>nameof</c> (checked by the
/// compiler) and list indexes, so a bad id becomes a payload error naming its field:
/// <c>Decode(s.SkillId, "Skill", nameof(input.RequiredSkills), 1, nameof(s.SkillId))</c> → <c>requiredSkills.1.skillId</c>.
/// </summary>
public static class InputIds
{
    public static Guid Decode(string value, string typeName, params object[] path) =>
        GlobalId.TryDecodeAs(value, typeName, out var id)
            ? id
            : throw new DomainRuleException(ErrorCodes.NotFound, $"'{value}' is not the id of {TypeNouns.WithArticle(typeName)}.", Path(path));

    /// <summary>The dotted input path of C# member names and indexes, as GraphQL spells it (camelCase).</summary>
    public static string Path(params object[] segments) => string.Join('.', segments.Select(s => s switch
    {
        int index => index.ToString(CultureInfo.InvariantCulture),
        string name => JsonNamingPolicy.CamelCase.ConvertName(name),
        _ => throw new ArgumentException("Path segments are member names or list indexes.", nameof(segments)),
    }));
}
