using System.ComponentModel;

namespace Panelist.Api.Quality;

/// <summary>Part of a mutation input.</summary>
public sealed record AuditChecklistItemInput([property: Description("lower_snake_case, unique within the version.")] string Key, string Title,
    [property: Description("Above 0; the score divides by the sum of the weights.")] decimal Weight);
