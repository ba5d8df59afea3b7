using GraphQL.Types;

namespace Panelist.Api.Interviews;

public sealed class CandidateInputType : InputObjectGraphType
{
    public CandidateInputType()
    {
        Name = "CandidateInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<StringGraphType>("atsCandidateId");
        Field<StringGraphType>("atsApplicationId");
    }
}
