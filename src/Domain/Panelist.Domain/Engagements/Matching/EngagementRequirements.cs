using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Engagements.Matching;

/// <summary>The engagement's required skills (at their minimum level) and languages that an interviewer does not meet; matching and invitations share it.</summary>
public static class EngagementRequirements
{
    public static List<MatchExclusion> Unmet(Engagement engagement, IReadOnlyCollection<InterviewerSkill> skills, IReadOnlyCollection<InterviewerLanguage> languages,
        IReadOnlyDictionary<Guid, string> skillSlugs)
    {
        var unmet = new List<MatchExclusion>();
        foreach (var required in engagement.RequiredSkills)
        {
            var slug = skillSlugs.GetValueOrDefault(required.SkillId, required.SkillId.ToString());
            var held = skills.FirstOrDefault(s => s.SkillId == required.SkillId);
            if (held is null)
            {
                unmet.Add(new(MatchExclusionCode.MissingRequiredSkill, $"Does not hold the required skill '{slug}' (level {required.MinLevel} or more)."));
            }
            else if (held.Level < required.MinLevel)
            {
                unmet.Add(new(MatchExclusionCode.SkillLevelTooLow, $"Holds '{slug}' at level {held.Level}; the engagement requires {required.MinLevel}."));
            }
        }

        foreach (var language in engagement.RequiredLanguages.Where(l => !languages.Any(h => string.Equals(h.Code, l, StringComparison.OrdinalIgnoreCase))))
        {
            unmet.Add(new(MatchExclusionCode.MissingRequiredLanguage, $"Does not interview in the required language '{language}'."));
        }

        return unmet;
    }
}
