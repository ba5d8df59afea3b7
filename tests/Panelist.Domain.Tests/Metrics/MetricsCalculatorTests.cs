using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Metrics;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;
using static Panelist.Domain.Tests.Support.DomainWorld;

namespace Panelist.Domain.Tests.Metrics;

/// <summary>
/// Every metric on a small fixed history, worked out by hand (the arithmetic is in the comments), on each
/// provider. acme runs a USD engagement (the world's) and a EUR one; both started at day 0 08:00, serve
/// 5 interviews a week at 150 per interview, promise booking within 5 days and feedback within 48 h.
/// </summary>
public sealed class MetricsCalculatorTests
{
    private static readonly DateTime Now = Day(10, 8);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Whole_organization_metrics_match_the_hand_computed_values(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var (actions, eur) = await ArrangeAsync(world);

        var snapshot = await actions.MetricsAsync(world.OrganizationId, new MetricsScope(null, Day(0, 0), Day(10, 0)), Now);

        MetricsAssert.Equal(new MetricsSnapshot(world.OrganizationId, null, Day(0, 0), Day(10, 0),
            // Requested A B C D E X F G H I: E H waiting; A X F completed; B, G no-shows; C D I cancelled.
            Counts(requested: 2, completed: 3, noShowCandidate: 1, noShowInterviewer: 1, cancelled: 3),
            // Booked after 1 1 4 6 8 24 48 h: median x[3] = 6; p90 at h = 5.4: 24 + 0.4 × (48 − 24) = 33.6.
            new DurationSummary(7, 6, 33.6),
            // Turnarounds 1 (X) 4 (A) 72 (F, which ended early at 10:30): median 4; p90 at h = 1.8: 4 + 0.8 × 68 = 58.4.
            new DurationSummary(3, 4, 58.4),
            // 7 booked in time + E overdue; H not yet due, I cancelled before booking.
            new Rate(7, 8),
            // A and X within 48 h, F after 72 h.
            new Rate(2, 3),
            // Resolved bookings: A B X F G held, C D cancelled after booking.
            new Rate(1, 7), new Rate(1, 7),
            // C cancelled 13 h before its start; D 25 h before.
            new Rate(1, 7),
            // A YES, X STRONG_YES, F NO.
            new Rate(2, 3),
            new ValueList<CurrencyCosts>([
                new CurrencyCosts("EUR", 150m, 1, 150m, 150m, 1000m, 0.15),
                // A + B (candidate no-show) + F; G (interviewer no-show) costs nothing. Per completed: 450 / 2.
                new CurrencyCosts("USD", 450m, 2, 225m, 450m, 1000m, 0.45),
            ]),
            // A B X F start in the window; each engagement ran 232 h of it at 5 a week.
            new Utilization(4, 2 * 5 * (232 / 24.0) / 7),
            // A 9, X 7, F 5.
            new NetPromoterScore(1, 1, 1)), snapshot);
        Assert.Equal(10, snapshot.InterviewsRequested);
        Assert.Equal(0, snapshot.CandidateNps.Score);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task One_engagement_counts_only_its_own_interviews_and_currency(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var (actions, eur) = await ArrangeAsync(world);

        var snapshot = await actions.MetricsAsync(world.OrganizationId, new MetricsScope(eur.EngagementId, Day(0, 0), Day(10, 0)), Now);

        MetricsAssert.Equal(new MetricsSnapshot(world.OrganizationId, eur.EngagementId, Day(0, 0), Day(10, 0),
            Counts(completed: 1),
            new DurationSummary(1, 8, 8),
            new DurationSummary(1, 1, 1),
            new Rate(1, 1), new Rate(1, 1), new Rate(0, 1), new Rate(0, 1), new Rate(0, 1), new Rate(1, 1),
            new ValueList<CurrencyCosts>([new CurrencyCosts("EUR", 150m, 1, 150m, 150m, 1000m, 0.15)]),
            new Utilization(1, 5 * (232 / 24.0) / 7),
            new NetPromoterScore(0, 1, 0)), snapshot);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_window_places_each_interview_by_the_instant_its_metric_reads(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var (actions, _) = await ArrangeAsync(world);

        var snapshot = await actions.MetricsAsync(world.OrganizationId, new MetricsScope(null, Day(6, 0), Day(8, 0)), Now);

        MetricsAssert.Equal(new MetricsSnapshot(world.OrganizationId, null, Day(6, 0), Day(8, 0),
            // Requested F G I.
            Counts(completed: 1, noShowInterviewer: 1, cancelled: 1),
            new DurationSummary(2, 1, 1),
            // F completed in the window, scored after it: its 72 h still count here.
            new DurationSummary(1, 72, 72),
            new Rate(2, 2), new Rate(0, 1),
            // Resolved: F and G.
            new Rate(0, 2), new Rate(1, 2), new Rate(0, 2),
            new Rate(0, 1),
            new ValueList<CurrencyCosts>([
                // Committed spend and budgets are the engagements' whole life, not the window's.
                new CurrencyCosts("EUR", 0m, 0, null, 150m, 1000m, 0.15),
                new CurrencyCosts("USD", 150m, 1, 150m, 450m, 1000m, 0.45),
            ]),
            new Utilization(1, 2 * 5 * 2 / 7.0),
            new NetPromoterScore(0, 0, 1)), snapshot);
        Assert.Equal(-100, snapshot.CandidateNps.Score);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Rates_without_a_denominator_are_null_not_zero(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var actions = new MetricsActions(world);

        var snapshot = await actions.MetricsAsync(world.OrganizationId, new MetricsScope(null, Day(0, 0), Day(1, 0)), Day(1));

        Assert.All(new[] { snapshot.ScheduleSlaAttainment, snapshot.FeedbackSlaAttainment, snapshot.CandidateNoShowRate, snapshot.InterviewerNoShowRate,
            snapshot.LateCancellationRate, snapshot.PassRate }, r => Assert.Null(r.Value));
        Assert.Equal((0, null, null), (snapshot.TimeToSchedule.Count, snapshot.TimeToSchedule.MedianHours, snapshot.TimeToSchedule.P90Hours));
        Assert.Null(snapshot.CandidateNps.Score);
        Assert.Null(Assert.Single(snapshot.Costs).PerCompletedInterview);
        Assert.Equal(0, snapshot.InterviewsRequested);
    }

    [Theory]
    [InlineData(5, 4, ErrorCodes.InvalidTimeRange)]
    [InlineData(5, 5, ErrorCodes.InvalidTimeRange)]
    [InlineData(0, 367, ErrorCodes.InvalidTimeRange)]
    public async Task A_window_that_ends_before_it_starts_or_spans_over_366_days_is_refused(int fromDay, int toDay, string code)
    {
        await using var world = await CreateAsync();
        var actions = new MetricsActions(world);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => actions.MetricsAsync(world.OrganizationId, new MetricsScope(null, Day(fromDay), Day(toDay)), Day(1)));

        Assert.Equal(code, refused.Error.Code);
    }

    [Fact]
    public async Task Another_organization_s_engagement_is_NOT_FOUND_and_its_rows_never_count()
    {
        await using var world = await CreateAsync();
        var actions = new MetricsActions(world);
        var globex = await world.AddClientAsync("globex", "Globex");
        var id = await actions.RequestedAsync(globex, Day(0, 9));
        ResultAssert.Succeeds(await actions.ScheduleAsync(globex, id, Day(0, 10), Day(1, 9)));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => actions.MetricsAsync(world.OrganizationId, new MetricsScope(globex.EngagementId), Day(2)));
        var acme = await actions.MetricsAsync(world.OrganizationId, new MetricsScope(null, Day(0, 0), Day(2, 0)), Day(2));

        Assert.Equal(ErrorCodes.NotFound, refused.Error.Code);
        Assert.Equal(0, acme.InterviewsRequested);
        Assert.Equal(0m, Assert.Single(acme.Costs).Committed);
    }

    private static ValueList<StatusCount> Counts(int requested = 0, int scheduled = 0, int completed = 0, int noShowCandidate = 0, int noShowInterviewer = 0, int cancelled = 0) =>
        new([
            new StatusCount(InterviewStatus.Requested, requested), new StatusCount(InterviewStatus.Scheduled, scheduled),
            new StatusCount(InterviewStatus.Completed, completed), new StatusCount(InterviewStatus.NoShowCandidate, noShowCandidate),
            new StatusCount(InterviewStatus.NoShowInterviewer, noShowInterviewer), new StatusCount(InterviewStatus.Cancelled, cancelled),
        ]);

    /// <summary>The history the expectations above are computed from, in the order it happened.</summary>
    private static async Task<(MetricsActions Actions, ClientEngagement Eur)> ArrangeAsync(DomainWorld world)
    {
        var actions = new MetricsActions(world);
        var usd = world.Client;
        var eurInterviewer = await world.AddInterviewerAsync(new InterviewerSetup { Currency = "EUR" });
        var eur = await world.AddEngagementAsync(world.Details(currency: "EUR"), interviewerId: eurInterviewer);

        var (a, b, c, d, _) = (await actions.RequestedAsync(usd, Day(0, 8)), await actions.RequestedAsync(usd, Day(0, 8)), await actions.RequestedAsync(usd, Day(0, 8)),
            await actions.RequestedAsync(usd, Day(0, 8)), await actions.RequestedAsync(usd, Day(0, 8)));
        var x = await actions.RequestedAsync(eur, Day(0, 8));
        ResultAssert.Succeeds(await actions.ScheduleAsync(usd, a, Day(0, 12), Day(1, 9)));
        ResultAssert.Succeeds(await actions.ScheduleAsync(usd, b, Day(0, 14), Day(1, 11)));
        ResultAssert.Succeeds(await actions.ScheduleAsync(eur, x, Day(0, 16), Day(2, 14)));
        ResultAssert.Succeeds(await actions.ScheduleAsync(usd, c, Day(1, 8), Day(2, 9)));
        ResultAssert.Succeeds(await actions.CompleteAsync(usd, a, Day(1, 10)));
        ResultAssert.Succeeds(await actions.NoShowAsync(usd, b, candidateMissing: true, Day(1, 12)));
        ResultAssert.Succeeds(await actions.SubmitAsync(usd, world.InterviewerId, a, Recommendation.Yes, Day(1, 14)));
        ResultAssert.Succeeds(await actions.FeedbackAsync(usd, a, 9, Day(1, 14)));
        ResultAssert.Succeeds(await actions.CancelAsync(usd, c, Day(1, 20)));
        ResultAssert.Succeeds(await actions.ScheduleAsync(usd, d, Day(2, 8), Day(4, 9)));
        ResultAssert.Succeeds(await actions.CompleteAsync(eur, x, Day(2, 15)));
        ResultAssert.Succeeds(await actions.SubmitAsync(eur, eurInterviewer, x, Recommendation.StrongYes, Day(2, 16)));
        ResultAssert.Succeeds(await actions.FeedbackAsync(eur, x, 7, Day(2, 16)));
        ResultAssert.Succeeds(await actions.CancelAsync(usd, d, Day(3, 8)));
        var (f, g, i) = (await actions.RequestedAsync(usd, Day(6, 8)), await actions.RequestedAsync(usd, Day(6, 8)), await actions.RequestedAsync(usd, Day(6, 8)));
        ResultAssert.Succeeds(await actions.CancelAsync(usd, i, Day(6, 9)));
        ResultAssert.Succeeds(await actions.ScheduleAsync(usd, f, Day(6, 9), Day(6, 10)));
        ResultAssert.Succeeds(await actions.ScheduleAsync(usd, g, Day(6, 9), Day(7, 10)));
        ResultAssert.Succeeds(await actions.CompleteAsync(usd, f, Day(6, 10, 30)));
        ResultAssert.Succeeds(await actions.NoShowAsync(usd, g, candidateMissing: false, Day(7, 11)));
        ResultAssert.Succeeds(await actions.SubmitAsync(usd, world.InterviewerId, f, Recommendation.No, Day(9, 10, 30)));
        ResultAssert.Succeeds(await actions.FeedbackAsync(usd, f, 5, Day(9, 10, 30)));
        await actions.RequestedAsync(usd, Day(9, 12));
        return (actions, eur);
    }
}
