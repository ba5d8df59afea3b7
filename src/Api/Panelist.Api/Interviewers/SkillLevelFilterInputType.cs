using GraphQL.Types;

namespace Panelist.Api.Interviewers;

public sealed class SkillLevelFilterInputType : InputObjectGraphType
{
    public SkillLevelFilterInputType()
    {
        Name = "SkillLevelFilterInput";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("The skill's slug, e.g. kotlin.");
        Field<IntGraphType>("minLevel").Description("1–5; default 1.");
    }
}
