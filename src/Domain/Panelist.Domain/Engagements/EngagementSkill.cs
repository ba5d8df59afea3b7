namespace Panelist.Domain.Engagements;

/// <summary>A skill the engagement's interviewers must hold, at least at <see cref="MinLevel"/>.</summary>
public sealed class EngagementSkill
{
    private EngagementSkill()
    {
    }

    internal EngagementSkill(Guid engagementId, Guid skillId, int minLevel)
    {
        EngagementId = engagementId;
        SkillId = skillId;
        MinLevel = minLevel;
    }

    public Guid EngagementId { get; private set; }

    public Guid SkillId { get; private set; }

    public int MinLevel { get; private set; }
}
