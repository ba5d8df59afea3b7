using GraphQL;

namespace Panelist.Api.Engagements;

/// <summary>Part of a mutation input.</summary>
public sealed record RequiredSkillInput([property: Id] string SkillId, int MinLevel);
