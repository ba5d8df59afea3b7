using GraphQL.Types;

namespace Panelist.Api.Engagements;

public sealed class RequiredSkillInputType : InputObjectGraphType
{
    public RequiredSkillInputType()
    {
        Name = "RequiredSkillInput";
        Field<NonNullGraphType<IdGraphType>>("skillId");
        Field<NonNullGraphType<IntGraphType>>("minLevel");
    }
}
