using GraphQL.Types;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Api.Quality;

public sealed class QualityComponentType : ObjectGraphType<QualityComponent>
{
    public QualityComponentType()
    {
        Name = "QualityComponent";
        Description = "One input of a quality score: its figure, the figure mapped to 0–1, its weight and the observations behind it.";
        Field(c => c.Kind, type: typeof(NonNullGraphType<QualityComponentKindType>));
        Field(c => c.Value, nullable: true)
            .Description("The figure in its own unit: AUDITS the mean checklist score (0–1), CALIBRATION quadratic-weighted κ (−1 to 1), "
                + "CANDIDATE_NPS −100 to 100, FEEDBACK_SLA the on-time share, NO_SHOWS the interviewer no-show rate. Null when missing.");
        Field(c => c.Score, nullable: true).Description("The figure mapped to 0–1, higher is better; null when missing.");
        Field(c => c.Weight).Description("The configured weight (QualityScore options).");
        Field(c => c.EffectiveWeight).Description("The weight divided by the sum of the present inputs' weights; 0 when missing.");
        Field(c => c.Contribution).Description("score × effectiveWeight: what this input adds to the composite.");
        Field(c => c.Observations).Description("How many rows (audits, compared ratings, feedback, due scorecards, interviews) the figure rests on.");
        Field(c => c.Missing).Description("No observation in the window (or, for calibration, κ undefined): left out and the other weights re-normalized.");
        Field(c => c.Explanation);
    }
}
