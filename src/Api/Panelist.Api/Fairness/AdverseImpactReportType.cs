using GraphQL.Types;
using Panelist.Domain.Common;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class AdverseImpactReportType : ObjectGraphType<AdverseImpactReport>
{
    public AdverseImpactReportType()
    {
        Name = "AdverseImpactReport";
        Description = "Adverse impact of human decisions (EEOC four-fifths rule, NYC LL144 tables) by sex, race/ethnicity and their intersection. "
            + AdverseImpactReport.SelectionRule + " Candidates' demographics are voluntary and self-identified; only these aggregates are ever shown.";
        Field<IdGraphType>("engagement").Resolve(ctx => ctx.Source.EngagementId is { } id ? GlobalIds.Encode("Engagement", id) : null);
        Field<IdGraphType>("interviewer").Resolve(ctx => ctx.Source.InterviewerId is { } id ? GlobalIds.Encode("Interviewer", id) : null);
        Field<IdGraphType>("rubricVersion").Resolve(ctx => ctx.Source.RubricVersionId is { } id ? GlobalIds.Encode("RubricVersion", id) : null);
        Field(r => r.From).Description("Window start (inclusive), on the scorecards' first submission.");
        Field(r => r.To).Description("Window end (exclusive).");
        Field<NonNullGraphType<StringGraphType>>("selectionRule").Description("What counts as selected.").Resolve(_ => AdverseImpactReport.SelectionRule);
        Field(r => r.Scorecards).Description("Scorecards submitted in scope, NO_DECISION included.");
        Field(r => r.NoDecision).Description("Of those, NO_DECISION: excluded from every count and rate below.");
        Field(r => r.Assessed).Description("Decisions (YES/STRONG_YES/NO/STRONG_NO), known demographics or not.");
        Field(r => r.Selected).Description("Of those, YES or STRONG_YES.");
        Field(r => r.MinimumCellSize).Description("Cells with fewer decisions are suppressed.");
        Field(r => r.ExcludeBelowShare, nullable: true).Description("The small-category share applied (LL144); null when no exclusion was asked for.");
        Field(r => r.ExclusionJustification, nullable: true).Description("The stated reason for the exclusion, as audited.");
        Field<NonNullGraphType<AdverseImpactTableType>>("sex").Resolve(ctx => ctx.Source.Sex);
        Field<NonNullGraphType<AdverseImpactTableType>>("raceEthnicity").Resolve(ctx => ctx.Source.RaceEthnicity);
        Field<NonNullGraphType<AdverseImpactTableType>>("intersection").Description("Sex × race/ethnicity.").Resolve(ctx => ctx.Source.Intersection);
    }
}
