using GraphQL.Types;

namespace Panelist.Api.Interviewers;

public sealed class LanguageLevelFilterInputType : InputObjectGraphType
{
    public LanguageLevelFilterInputType()
    {
        Name = "LanguageLevelFilterInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 639-1, e.g. de.");
        Field<LanguageLevelType>("minLevel").Description("Default CONVERSATIONAL.");
    }
}
