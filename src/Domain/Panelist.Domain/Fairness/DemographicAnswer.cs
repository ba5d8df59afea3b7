using Panelist.Domain.Common;

namespace Panelist.Domain.Fairness;

/// <summary>
/// One candidate's self-identification. Null is "not provided" (the question was not put or not answered);
/// <c>DeclineToAnswer</c> is an explicit refusal. Both count as unknown in a report.
/// </summary>
public sealed record DemographicAnswer(Sex? Sex, RaceEthnicity? RaceEthnicity)
{
    /// <summary>The plaintext sealed under the candidate's key: the two API names, <c>|</c>-separated, empty for not provided.</summary>
    public string Serialize() => $"{(Sex is { } s ? ApiNames.Of(s) : "")}|{(RaceEthnicity is { } r ? ApiNames.Of(r) : "")}";

    /// <summary>The answer a sealed plaintext holds; unknown names read as not provided.</summary>
    public static DemographicAnswer Parse(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var parts = plaintext.Split('|');
        return new DemographicAnswer(ParseName<Sex>(parts[0]), parts.Length > 1 ? ParseName<RaceEthnicity>(parts[1]) : null);
    }

    /// <summary>An enum value by its API name (<c>BLACK_OR_AFRICAN_AMERICAN</c>); null for empty or unknown.</summary>
    public static T? ParseName<T>(string? name)
        where T : struct, Enum =>
        string.IsNullOrEmpty(name) ? null : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => ApiNames.Of(v!.Value) == name);
}
