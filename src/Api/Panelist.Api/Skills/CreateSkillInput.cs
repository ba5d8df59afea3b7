namespace Panelist.Api.Skills;

public sealed record CreateSkillInput(string Slug, string Name, string Category);
