namespace Panelist.Domain.Engagements;

public sealed record RequiredSkill(Guid SkillId, int MinLevel);
