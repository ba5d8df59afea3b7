using System.Globalization;
using Panelist.Domain.Common;
using Panelist.Domain.Metrics;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Quality.Scores;

/// <summary>
/// The quality score of one interviewer over a window (start, end], from their <see cref="QualityInputs"/>:
/// <code>
/// audits        value = mean checklist score of audits recorded in the window          score = value
/// calibration   value = Σ_p κ_p·n_p / Σ_p n_p over peers p with a defined κ, where κ_p is the quadratic-weighted
///               Cohen's κ of the interviewer's ratings made in the window against p's ratings (made by the end)
///               of the same n_p items                                                  score = clamp(value, 0, 1)
/// candidateNps  value = % promoters (9–10) − % detractors (0–6) of feedback recorded in the window
///                                                                                      score = (value + 100) / 200
/// feedbackSla   value = on time / (on time + late), scorecards due in the window; one submitted after its due time,
///               or still missing, is late                                              score = value
/// noShows       value = interviewer no-shows / interviews due to start in the window that were held or missed
///                                                                                      score = 1 − value
/// composite     Σ score_c·w_c / Σ w_c over the inputs with at least one observation
/// </code>
/// An input with no observation (or, for calibration, no defined κ) is missing: it adds nothing, and the weights of
/// the others are divided by their own sum, which the result says.
/// </summary>
public static class QualityScoreCalculator
{
    public static QualityScore Compute(Guid interviewerId, QualityInputs inputs, DateTime start, DateTime end, QualityScoreOptions weights)
    {
        bool In(DateTime at) => at > start && at <= end;
        var raw = new[]
        {
            Audits([.. inputs.Audits.Where(a => In(a.At))]),
            Calibration(interviewerId, inputs.CalibrationRatings, In, end),
            Nps([.. inputs.Feedback.Where(f => In(f.At)).Select(f => f.Score)]),
            Sla([.. inputs.Scorecards.Where(s => In(s.DueAt))]),
            NoShows([.. inputs.Attendance.Where(a => In(a.At))]),
        };
        var present = raw.Where(r => r.Score is not null).Sum(r => weights.WeightOf(r.Kind));
        var components = raw.Select(r =>
        {
            var weight = weights.WeightOf(r.Kind);
            var effective = r.Score is null || present <= 0 ? 0 : weight / present;
            return new QualityComponent(r.Kind, r.Value, r.Score, weight, effective, (r.Score ?? 0) * effective, r.Observations, r.Explanation);
        }).ToList();
        double? score = present > 0 ? components.Sum(c => c.Contribution) : null;
        return new QualityScore(interviewerId, start, end, score, components, components.Sum(c => c.Observations), NoteOn(components, present));
    }

    private static string? NoteOn(List<QualityComponent> components, double present)
    {
        var missing = components.Where(c => c.Missing).Select(c => ApiNames.Of(c.Kind)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        return present > 0
            ? $"No observations for {string.Join(", ", missing)}: the weights of the other inputs were re-normalized to sum to 1 over them."
            : "No input has observations in this window (or every present input has weight 0): there is no score.";
    }

    private static Raw Audits(List<QualityInputs.AuditRow> audits)
    {
        if (audits.Count == 0)
        {
            return Raw.MissingOf(QualityComponentKind.Audits, "No interview of the interviewer's was audited in the window.");
        }

        var mean = (double)audits.Average(a => a.Score);
        return new(QualityComponentKind.Audits, mean, mean, audits.Count,
            Invariant($"Mean checklist score of {audits.Count} audits; {audits.Count(a => a.Passed)} reached the pass mark."));
    }

    private static Raw Calibration(Guid me, IReadOnlyList<QualityInputs.RatingRow> ratings, Func<DateTime, bool> inWindow, DateTime end)
    {
        var mine = ratings.Where(r => r.RaterId == me && inWindow(r.At)).GroupBy(r => r.Item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Rating, StringComparer.Ordinal);
        var peers = ratings.Where(r => r.RaterId != me && r.At <= end && mine.ContainsKey(r.Item)).GroupBy(r => r.RaterId).OrderBy(g => g.Key);
        var maximum = Math.Max(Rubrics.RubricScale.DefaultLevels, ratings.Count == 0 ? 0 : ratings.Max(r => r.Rating));
        var scale = new RatingScale(1, maximum);
        double weighted = 0;
        int items = 0, peerCount = 0;
        var compared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var peer in peers)
        {
            var shared = peer.GroupBy(r => r.Item, StringComparer.Ordinal).Select(g => g.First()).OrderBy(r => r.Item, StringComparer.Ordinal).ToList();
            compared.UnionWith(shared.Select(r => r.Item));
            var kappa = CohenKappa.Compute([.. shared.Select(r => mine[r.Item])], [.. shared.Select(r => r.Rating)], scale, KappaWeighting.Quadratic);
            if (kappa.Value is { } value)
            {
                weighted += value * kappa.Items;
                items += kappa.Items;
                peerCount++;
            }
        }

        if (items == 0)
        {
            return Raw.MissingOf(QualityComponentKind.Calibration, compared.Count == 0
                ? "No calibration rating of the interviewer's in the window shares an item with another rater."
                : "κ is undefined against every peer (both used one level for every shared item).", compared.Count);
        }

        var kappaMean = weighted / items;
        return new(QualityComponentKind.Calibration, kappaMean, Math.Clamp(kappaMean, 0, 1), compared.Count,
            Invariant($"Quadratic-weighted Cohen's κ against {peerCount} peers over {items} shared ratings, weighted by items; {compared.Count} of the interviewer's ratings were compared."));
    }

    private static Raw Nps(List<int> scores)
    {
        var nps = NetPromoterScore.Of(scores);
        return nps.Score is { } value
            ? new(QualityComponentKind.CandidateNps, value, (value + 100) / 200, nps.Responses,
                Invariant($"{nps.Promoters} promoters, {nps.Passives} passives and {nps.Detractors} detractors."))
            : Raw.MissingOf(QualityComponentKind.CandidateNps, "No candidate feedback on the interviewer's interviews in the window.");
    }

    private static Raw Sla(List<QualityInputs.ScorecardDueRow> due)
    {
        if (due.Count == 0)
        {
            return Raw.MissingOf(QualityComponentKind.FeedbackSla, "No scorecard of the interviewer's fell due in the window.");
        }

        var onTime = due.Count(d => d.SubmittedAt is { } at && at <= d.DueAt);
        var share = (double)onTime / due.Count;
        return new(QualityComponentKind.FeedbackSla, share, share, due.Count, Invariant($"{onTime} of {due.Count} scorecards came in by their due time."));
    }

    private static Raw NoShows(List<QualityInputs.AttendanceRow> attendance)
    {
        if (attendance.Count == 0)
        {
            return Raw.MissingOf(QualityComponentKind.NoShows, "No interview of the interviewer's was due to take place in the window.");
        }

        var missed = attendance.Count(a => a.InterviewerMissed);
        var rate = (double)missed / attendance.Count;
        return new(QualityComponentKind.NoShows, rate, 1 - rate, attendance.Count, Invariant($"The interviewer missed {missed} of {attendance.Count} interviews."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Raw(QualityComponentKind Kind, double? Value, double? Score, int Observations, string Explanation)
    {
        public static Raw MissingOf(QualityComponentKind kind, string why, int observations = 0) => new(kind, null, null, observations, why);
    }
}
