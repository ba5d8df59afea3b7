using Panelist.Domain.Quality.Scores;

namespace Panelist.Domain.Tests.Quality;

/// <summary>Issue 15 item 5: the quality score of one interviewer against figures worked out by hand (in the comments).</summary>
public sealed class QualityScoreCalculatorTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = Start.AddDays(100);
    private static readonly Guid Me = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid PeerA = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid PeerC = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static DateTime Day(int day) => Start.AddDays(day);

    private static QualityInputs Inputs(bool withAudits = true, bool withCalibration = true)
    {
        // Audits: 1, 0.5 and 0.75 in the window (mean 0.75, two pass); one at the window's start does not count.
        QualityInputs.AuditRow[] audits = withAudits
            ? [new(Day(1), 1m, true), new(Day(2), 0.5m, false), new(Day(3), 0.75m, true), new(Start, 0m, false)]
            : [];
        // Calibration: A rates items 1–4 as I do (κ = 1 over 4); C rates items 1–2 the other way round (quadratic κ = −1 over 2).
        // κ̄ = (4·1 + 2·(−1)) / 6 = 1/3. My rating of item 5 is before the window; C's rating of item 3 comes after its end.
        var ratings = new List<QualityInputs.RatingRow>();
        if (withCalibration)
        {
            int[] mine = [1, 2, 3, 4];
            for (var i = 0; i < 4; i++)
            {
                ratings.Add(new(Me, $"item{i + 1}", mine[i], Day(10)));
                ratings.Add(new(PeerA, $"item{i + 1}", mine[i], Day(11)));
            }

            ratings.Add(new(PeerC, "item1", 2, Day(12)));
            ratings.Add(new(PeerC, "item2", 1, Day(12)));
            ratings.Add(new(PeerC, "item3", 1, End.AddDays(1)));
            ratings.Add(new(Me, "item5", 4, Start.AddDays(-5)));
            ratings.Add(new(PeerA, "item5", 1, Day(1)));
        }

        // NPS: 10, 9, 9 promote, 7 is passive, 2 detracts: (3 − 1) / 5 = 40 → (40 + 100) / 200 = 0.7. The 0 after the end does not count.
        QualityInputs.FeedbackRow[] feedback = [new(Day(5), 10), new(Day(6), 9), new(Day(7), 9), new(Day(8), 7), new(Day(9), 2), new(End.AddSeconds(1), 0)];
        // SLA: 3 on time (one exactly at the due time), 1 late, 1 still missing: 3 / 5 = 0.6. One due after the end does not count.
        QualityInputs.ScorecardDueRow[] due =
        [
            new(Day(20), Day(19)), new(Day(21), Day(21)), new(Day(22), Day(20)), new(Day(23), Day(24)), new(Day(24), null), new(End.AddDays(2), null),
        ];
        // No-shows: 1 of 10 missed: score 1 − 0.1 = 0.9.
        var attendance = Enumerable.Range(0, 10).Select(i => new QualityInputs.AttendanceRow(Day(30 + i), i == 4)).ToList();
        return new QualityInputs(audits, ratings, feedback, due, attendance);
    }

    [Fact]
    public void The_score_is_the_weighted_sum_of_the_normalized_inputs_with_each_value_weight_and_count()
    {
        var score = QualityScoreCalculator.Compute(Me, Inputs(), Start, End, new QualityScoreOptions());

        var c = score.Components.ToDictionary(x => x.Kind);
        Assert.Equal((0.75, 0.75, 3), (c[QualityComponentKind.Audits].Value, c[QualityComponentKind.Audits].Score, c[QualityComponentKind.Audits].Observations));
        Assert.Equal(1.0 / 3, c[QualityComponentKind.Calibration].Value!.Value, 6);
        Assert.Equal(4, c[QualityComponentKind.Calibration].Observations);
        Assert.Equal((40.0, 0.7, 5), (c[QualityComponentKind.CandidateNps].Value, c[QualityComponentKind.CandidateNps].Score, c[QualityComponentKind.CandidateNps].Observations));
        Assert.Equal((0.6, 0.6, 5), (c[QualityComponentKind.FeedbackSla].Value, c[QualityComponentKind.FeedbackSla].Score, c[QualityComponentKind.FeedbackSla].Observations));
        Assert.Equal(0.1, c[QualityComponentKind.NoShows].Value!.Value, 9);
        Assert.Equal(0.9, c[QualityComponentKind.NoShows].Score!.Value, 9);
        Assert.Equal([0.30, 0.25, 0.15, 0.15, 0.15], score.Components.Select(x => x.Weight));
        Assert.Equal([0.30, 0.25, 0.15, 0.15, 0.15], score.Components.Select(x => Math.Round(x.EffectiveWeight, 9)));
        // 0.30·0.75 + 0.25·(1/3) + 0.15·0.7 + 0.15·0.6 + 0.15·0.9 = 0.225 + 0.083333 + 0.105 + 0.09 + 0.135 = 0.638333
        Assert.Equal(0.638333, score.Score!.Value, 6);
        Assert.Equal(3 + 4 + 5 + 5 + 10, score.Observations);
        Assert.Null(score.Note);
        Assert.False(score.Renormalized);
    }

    [Fact]
    public void Inputs_without_observations_are_missing_and_the_other_weights_are_renormalized_over_the_present_ones()
    {
        var score = QualityScoreCalculator.Compute(Me, Inputs(withAudits: false, withCalibration: false), Start, End, new QualityScoreOptions());

        Assert.Equal([QualityComponentKind.Audits, QualityComponentKind.Calibration], score.MissingComponents);
        Assert.All(score.Components.Where(x => x.Missing), x => Assert.Equal((null, 0.0, 0.0, 0), (x.Value, x.EffectiveWeight, x.Contribution, x.Observations)));
        Assert.All(score.Components.Where(x => !x.Missing), x => Assert.Equal(1.0 / 3, x.EffectiveWeight, 9));
        // (0.15·0.7 + 0.15·0.6 + 0.15·0.9) / 0.45 = 0.33 / 0.45 = 0.733333
        Assert.Equal(0.733333, score.Score!.Value, 6);
        Assert.True(score.Renormalized);
        Assert.Contains("AUDITS, CALIBRATION", score.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_observation_at_all_there_is_no_score_and_the_note_says_so()
    {
        var score = QualityScoreCalculator.Compute(Me, QualityInputs.None, Start, End, new QualityScoreOptions());

        Assert.Null(score.Score);
        Assert.Equal(5, score.MissingComponents.Count);
        Assert.Equal(0, score.Observations);
        Assert.False(score.Renormalized);
        Assert.StartsWith("No input has observations", score.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_weights_change_the_blend_and_a_zero_weight_input_adds_nothing()
    {
        var options = new QualityScoreOptions { AuditsWeight = 1, CalibrationWeight = 0, CandidateNpsWeight = 1, FeedbackSlaWeight = 0, NoShowsWeight = 0 };

        var score = QualityScoreCalculator.Compute(Me, Inputs(), Start, End, options);

        // (1·0.75 + 1·0.7) / 2 = 0.725
        Assert.Equal(0.725, score.Score!.Value, 9);
        Assert.Equal([0.5, 0, 0.5, 0, 0], score.Components.Select(x => x.EffectiveWeight));
    }
}
