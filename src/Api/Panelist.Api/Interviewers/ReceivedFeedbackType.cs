using GraphQL.Types;
using Panelist.Domain.Sla;

namespace Panelist.Api.Interviewers;

public sealed class ReceivedFeedbackType : ObjectGraphType<ReceivedFeedback>
{
    public ReceivedFeedbackType()
    {
        Name = "ReceivedFeedback";
        Description = "A candidate's rating of one of your interviews, without the candidate, the interview or the client.";
        Field(f => f.Score).Description("0–10.");
        Field(f => f.Comment);
        Field(f => f.RecordedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}
