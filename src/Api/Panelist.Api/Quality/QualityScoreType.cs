using GraphQL.Types;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Api.Quality;

public sealed class QualityScoreType : ObjectGraphType<QualityScore>
{
    public QualityScoreType()
    {
        Name = "QualityScore";
        Description = "An interviewer's quality score over a trailing window, computed from the rows when asked (issue 15 item 5), "
            + "across every client they worked for; it names no client, candidate or interview.";
        Field(s => s.WindowStart, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("Rows after this instant count…");
        Field(s => s.WindowEnd, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("…up to and including this one.");
        Field(s => s.Score, nullable: true).Description("Σ contribution of the present inputs, 0–1; null when no input has observations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityComponentType>>>>("components").Resolve(ctx => ctx.Source.Components);
        Field(s => s.Observations).Description("Σ observations of the inputs.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualityComponentKindType>>>>("missingComponents").Resolve(ctx => ctx.Source.MissingComponents);
        Field(s => s.Renormalized).Description("Some inputs are missing, so the weights of the others were divided by their sum.");
        Field(s => s.Note, nullable: true).Description("Which inputs are missing and what was done about it; null when all are present.");
    }
}
