namespace Panelist.Domain.Interviewers;

/// <summary>A skill an interviewer can assess, at a level from 1 (working) to 5 (authority).</summary>
public sealed class InterviewerSkill
{
    private InterviewerSkill()
    {
    }

    internal InterviewerSkill(Guid interviewerId, Guid skillId, int level, int years)
    {
        InterviewerId = interviewerId;
        SkillId = skillId;
        Level = level;
        Years = years;
    }

    public Guid InterviewerId { get; private set; }

    public Guid SkillId { get; private set; }

    public int Level { get; internal set; }

    public int Years { get; internal set; }
}
