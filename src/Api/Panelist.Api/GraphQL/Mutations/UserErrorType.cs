using GraphQL.Types;

namespace Panelist.Api.GraphQL.Mutations;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation changed nothing. Codes are stable (see the README); messages are for people.";
        Field(e => e.Code).Description("A SCREAMING_SNAKE code such as INTERVIEW_OVERLAP or BUDGET_EXCEEDED.");
        Field(e => e.Message);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path").Resolve(ctx => ctx.Source.Path)
            .Description("The input field at fault, e.g. [\"input\", \"scheduledStart\"]; null when the refusal is about the object's state.");
    }
}
