using Panelist.Domain.Common;
using Panelist.Domain.Metrics;
using Panelist.Domain.Quality.Statistics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Fairness;

/// <summary>
/// From decisions to a report, with no database: counts each decision into its cell of each dimension and hands
/// the cells to <see cref="AdverseImpactAnalysis"/>. Every category of a dimension is listed, empty ones too, so a
/// suppressed cell never tells whether it holds 0 or a few people.
/// </summary>
public static class AdverseImpactComputation
{
    private static readonly Sex[] Sexes = [.. Enum.GetValues<Sex>().Where(s => s != Sex.DeclineToAnswer)];

    private static readonly RaceEthnicity[] Races = [.. Enum.GetValues<RaceEthnicity>().Where(r => r != RaceEthnicity.DeclineToAnswer)];

    public static bool IsSelected(Recommendation recommendation) => recommendation is Recommendation.Yes or Recommendation.StrongYes;

    /// <summary>The category key of an intersection: the two API names joined by <c>/</c>.</summary>
    public static string Key(Sex sex, RaceEthnicity race) => $"{ApiNames.Of(sex)}/{ApiNames.Of(race)}";

    /// <param name="report">The scope's figures without the tables (they are filled in here).</param>
    public static AdverseImpactReport Compute(AdverseImpactReport report, IReadOnlyList<AdverseImpactDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(decisions);
        var decided = decisions.Where(d => d.Recommendation != Recommendation.NoDecision).ToList();
        var options = new AdverseImpactOptions
        {
            MinimumCellSize = report.MinimumCellSize,
            ExcludeBelowShare = report.ExclusionJustification is null ? null : report.ExcludeBelowShare,
            ExclusionJustification = report.ExclusionJustification,
        };

        var sex = Table(DemographicDimension.Sex, decided, options,
            [.. Sexes.Select(s => (ApiNames.Of(s), (Sex?)s, (RaceEthnicity?)null))],
            a => a?.Sex is { } s && s != Sex.DeclineToAnswer ? ApiNames.Of(s) : null,
            a => a?.Sex == Sex.DeclineToAnswer);
        var race = Table(DemographicDimension.RaceEthnicity, decided, options,
            [.. Races.Select(r => (ApiNames.Of(r), (Sex?)null, (RaceEthnicity?)r))],
            a => a?.RaceEthnicity is { } r && r != RaceEthnicity.DeclineToAnswer ? ApiNames.Of(r) : null,
            a => a?.RaceEthnicity == RaceEthnicity.DeclineToAnswer);
        var both = Table(DemographicDimension.Intersection, decided, options,
            [.. Sexes.SelectMany(s => Races.Select(r => (Key(s, r), (Sex?)s, (RaceEthnicity?)r)))],
            a => a is { Sex: { } s, RaceEthnicity: { } r } && s != Sex.DeclineToAnswer && r != RaceEthnicity.DeclineToAnswer ? Key(s, r) : null,
            a => a?.Sex == Sex.DeclineToAnswer || a?.RaceEthnicity == RaceEthnicity.DeclineToAnswer);

        return report with
        {
            Scorecards = decisions.Count,
            NoDecision = decisions.Count - decided.Count,
            Assessed = decided.Count,
            Selected = decided.Count(d => IsSelected(d.Recommendation)),
            Sex = sex,
            RaceEthnicity = race,
            Intersection = both,
        };
    }

    private static AdverseImpactTable Table(DemographicDimension dimension, List<AdverseImpactDecision> decided, AdverseImpactOptions options,
        List<(string Key, Sex? Sex, RaceEthnicity? Race)> categories, Func<DemographicAnswer?, string?> categoryOf, Func<DemographicAnswer?, bool> declined)
    {
        var counts = categories.ToDictionary(c => c.Key, _ => (Assessed: 0, Selected: 0), StringComparer.Ordinal);
        var (declinedCount, notProvided) = (0, 0);
        foreach (var decision in decided)
        {
            if (categoryOf(decision.Answer) is { } key)
            {
                var (assessed, selected) = counts[key];
                counts[key] = (assessed + 1, selected + (IsSelected(decision.Recommendation) ? 1 : 0));
            }
            else if (declined(decision.Answer))
            {
                declinedCount++;
            }
            else
            {
                notProvided++;
            }
        }

        var result = AdverseImpactAnalysis.Analyze([.. categories.Select(c => new SelectionCount(c.Key, counts[c.Key].Assessed, counts[c.Key].Selected))], options);
        var reference = result.ReferenceCategory is { } r ? counts[r].Assessed : (int?)null;
        var cells = categories.Select((c, i) => new AdverseImpactCell(c.Sex, c.Race, result.Categories[i],
            result.Categories[i].ImpactRatio is null || result.Categories[i].IsReference ? null : reference));
        return new AdverseImpactTable(dimension, counts.Values.Sum(c => c.Assessed), counts.Values.Sum(c => c.Selected), declinedCount, notProvided,
            result.ReferenceCategory, result.UndefinedReason, new ValueList<AdverseImpactCell>(cells));
    }
}
