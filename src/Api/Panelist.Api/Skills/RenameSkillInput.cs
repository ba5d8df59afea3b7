using GraphQL;

namespace Panelist.Api.Skills;

public sealed record RenameSkillInput([property: Id] string SkillId, string Name, string Category);
