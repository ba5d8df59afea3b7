using GraphQL.Types;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class AdverseImpactScopeInputType : InputObjectGraphType
{
    public AdverseImpactScopeInputType()
    {
        Name = "AdverseImpactScopeInput";
        Description = "Your organization's submitted scorecards, optionally of one engagement, one interviewer and one rubric version (any combination), "
            + "submitted in the half-open window [from, to).";
        Field<IdGraphType>("engagement").Description("One engagement of your organization; omit for all.");
        Field<IdGraphType>("interviewer").Description("One interviewer's decisions; omit for all.");
        Field<IdGraphType>("rubricVersion").Description("Decisions made on one rubric version; omit for all.");
        Field<DateTimeGraphType>("from").Description($"Window start (inclusive, on the scorecard's first submission); default: {AdverseImpactCalculator.DefaultWindow.TotalDays:0} days before `to`.");
        Field<DateTimeGraphType>("to").Description($"Window end (exclusive); default: now. At most {AdverseImpactCalculator.MaxWindow.TotalDays:0} days after `from`.");
        Field<IntGraphType>("minimumCellSize").Description($"Cells with fewer decisions are suppressed (0 to {AdverseImpactCalculator.MaxMinimumCellSize}); default: the configured Fairness:MinimumCellSize (5).");
        Field<StringGraphType>("exclusionJustification").Description(
            "When given, categories under the configured share (Fairness:ExcludeBelowShare, 2%) of a table are left out of its impact ratios (the LL144 convention) "
            + "but keep their counts and rates; the justification is shown with each and recorded in the audit trail (adverse_impact.categories_excluded). "
            + $"At most {AdverseImpactCalculator.MaxJustificationLength} characters.");
    }
}
