using System.Text.Json;

namespace Panelist.Domain.Common;

/// <summary>How the API spells domain values, for the places in the domain that write them for people (audit summaries).</summary>
public static class ApiNames
{
    /// <summary>GraphQL enum values are CONSTANT_CASE: <c>NoShowCandidate</c> is <c>NO_SHOW_CANDIDATE</c>.</summary>
    public static readonly JsonNamingPolicy EnumPolicy = JsonNamingPolicy.SnakeCaseUpper;

    public static string Of(Enum value) => EnumPolicy.ConvertName(value.ToString());
}
