using Microsoft.Extensions.Logging;
using Panelist.Domain.Audits;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Seeding;

public sealed partial class DemoDataGenerator
{
    private const int PastDays = 120;
    private const int FutureDays = 21;

    /// <summary>Interviewer id → booked hour slots, across every organization, so no one is double-booked.</summary>
    private readonly HashSet<(Guid Interviewer, long Hour)> _booked = [];

    private async Task SeedOrganizationAsync(Organization organization, string currency, List<Skill> skills, List<Rubric> rubrics,
        List<Interviewer> interviewers, int interviewCount, SeedReport report, CancellationToken ct)
    {
        var engagements = new List<(Engagement Engagement, RubricVersion Version, List<Assignment> Accepted)>();
        await using (var db = Context(organization.Id))
        {
            var audit = new AuditTrail(db, new RequestContext(Actor.System("demo-seed"), organization.Id, "demo-seed"), _time);
            for (var e = 0; e < _seed.EngagementsPerOrganization; e++)
            {
                var rubric = rubrics[(e + organization.Slug.Length) % rubrics.Count];
                var version = rubric.Versions[0];
                var engagement = CreateEngagement(organization, currency, version, skills, e, interviewCount);
                db.Engagements.Add(engagement);
                Audit(audit, "engagement.created", nameof(Engagement), engagement.Id);
                var eligible = interviewers.Where(i => i.Status == InterviewerStatus.Active && i.RateCurrency == currency
                    && i.IsCertifiedFor(rubric.Id, _seed.Anchor)).ToList();
                var wanted = Math.Max(_random.Next(3, 9), (interviewCount / Math.Max(1, _seed.EngagementsPerOrganization)) / 400);
                var accepted = new List<Assignment>();
                foreach (var interviewer in _faker.PickRandom(eligible, Math.Min(wanted, eligible.Count)))
                {
                    var rate = engagement.Pricing.Model == PricingModel.Hourly ? interviewer.HourlyRate : interviewer.PerInterviewRate;
                    var assignment = new Assignment(organization.Id, engagement.Id, interviewer.Id, new Money(rate, currency), false,
                        engagement.StartsAt.AddDays(1), _ids.Next());
                    Audit(audit, "assignment.invited", nameof(Assignment), assignment.Id);
                    if (_random.Next(10) == 0)
                    {
                        assignment.Decline(engagement.StartsAt.AddDays(2));
                    }
                    else
                    {
                        assignment.Accept(engagement.StartsAt.AddDays(2));
                        assignment.AcknowledgeBriefing(engagement.StartsAt.AddDays(3));
                        accepted.Add(assignment);
                    }

                    db.Assignments.Add(assignment);
                    report.Assignments++;
                }

                engagements.Add((engagement, version, accepted));
                report.Engagements++;
            }

            await SaveAsync(db, audit, report, ct);
        }

        var running = engagements.Where(e => e.Engagement.Status is not (EngagementStatus.Draft or EngagementStatus.Open) && e.Accepted.Count > 0).ToList();
        var made = 0;
        while (made < interviewCount && running.Count > 0)
        {
            await using var db = Context(organization.Id);
            var audit = new AuditTrail(db, new RequestContext(Actor.System("demo-seed"), organization.Id, "demo-seed"), _time);
            var size = Math.Min(_seed.BatchSize, interviewCount - made);
            for (var n = 0; n < size; n++, made++)
            {
                var (engagement, version, accepted) = running[made % running.Count];
                CreateInterview(db, audit, engagement, version, accepted, report);
            }

            await SaveAsync(db, audit, report, ct);
            _logger.LogInformation("Seeded {Count} of {Total} interviews for {Organization}", made, interviewCount, organization.Slug);
        }
    }

    private Engagement CreateEngagement(Organization organization, string currency, RubricVersion version, List<Skill> skills, int e, int interviewCount)
    {
        var status = (e % 10) switch
        {
            <= 5 => EngagementStatus.Active,
            6 => EngagementStatus.Paused,
            7 => EngagementStatus.Open,
            8 => EngagementStatus.Draft,
            _ => EngagementStatus.Closed,
        };
        var perEngagement = Math.Max(100, interviewCount / Math.Max(1, _seed.EngagementsPerOrganization));
        var details = new EngagementDetails(
            $"{DemoCatalog.Rubrics[e % DemoCatalog.Rubrics.Length].Name} · {_faker.Commerce.Department()} team",
            $"{organization.Name} is hiring for its {_faker.Commerce.Department().ToLowerInvariant()} team. {_faker.Lorem.Sentence(12)}",
            $"JOB-{organization.Slug.ToUpperInvariant()}-{1000 + e}",
            new Pricing(e % 3 == 0 ? PricingModel.Hourly : PricingModel.PerInterview, currency, perEngagement * 600m),
            new ServiceLevel(3 + (e % 5), 24 + (24 * (e % 3))),
            10_000,
            _seed.Anchor.AddDays(-PastDays - 10),
            _seed.Anchor.AddDays(PastDays),
            ["en"],
            [.. _faker.PickRandom(skills, 2).Select(s => new RequiredSkill(s.Id, 2 + (e % 3)))]);
        var engagement = new Engagement(organization.Id, version.Id, details, _ids.Next());
        var opened = details.StartsAt;
        var path = status switch
        {
            EngagementStatus.Draft => [],
            EngagementStatus.Open => [EngagementStatus.Open],
            EngagementStatus.Paused => [EngagementStatus.Open, EngagementStatus.Active, EngagementStatus.Paused],
            EngagementStatus.Closed => [EngagementStatus.Open, EngagementStatus.Active, EngagementStatus.Closed],
            _ => new[] { EngagementStatus.Open, EngagementStatus.Active },
        };
        foreach (var step in path)
        {
            engagement.TransitionTo(step, step == EngagementStatus.Closed ? _seed.Anchor.AddDays(-1) : opened);
        }

        return engagement;
    }

    private void CreateInterview(PanelistDbContext db, AuditTrail audit, Engagement engagement, RubricVersion version, List<Assignment> accepted, SeedReport report)
    {
        var roll = _random.Next(100);
        var closed = engagement.Status == EngagementStatus.Closed;
        var status = roll switch
        {
            < 8 when !closed => InterviewStatus.Requested,
            < 26 when !closed => InterviewStatus.Scheduled,
            < 81 => InterviewStatus.Completed,
            < 86 => InterviewStatus.NoShowCandidate,
            < 89 => InterviewStatus.NoShowInterviewer,
            _ => InterviewStatus.Cancelled,
        };
        var future = status == InterviewStatus.Scheduled;
        var requestedAt = status == InterviewStatus.Requested || future
            ? _seed.Anchor.AddHours(-_random.Next(1, 96))
            : _seed.Anchor.AddDays(-_random.Next(8, PastDays)).AddMinutes(_random.Next(0, 600));
        var details = new CandidateDetails(_faker.Name.FullName(), _faker.Internet.Email(uniqueSuffix: report.Interviews.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            $"CAND-{_random.Next(100_000, 999_999)}", $"APP-{_random.Next(100_000, 999_999)}");
        var interviewId = _ids.Next();
        // The candidate's id is derived from the interview's rather than drawn, so the rest of the world keeps its random draws.
        var candidate = CandidateSeal.Create(db, _keys, engagement.OrganizationId, details, DeterministicIds.Derived(interviewId), requestedAt);
        var interview = new Interview(engagement, candidate, details.AtsApplicationId, requestedAt, interviewId);
        db.Interviews.Add(interview);
        report.Interviews++;
        Audit(audit, "interview.requested", nameof(Interview), interview.Id);
        if (status == InterviewStatus.Requested || FindSlot(accepted, future, requestedAt) is not { } slot)
        {
            return;
        }

        var (assignment, start) = slot;
        var end = start.AddHours(1);
        // Booked between the request and the start, without another random draw (the rest of the world stays as it was).
        var bookedAt = new[] { requestedAt.AddHours(2 + (report.Interviews % 100)), requestedAt + ((start - requestedAt) / 2), _seed.Anchor }.Min();
        interview.Schedule(assignment, start, end, Interview.PriceOf(assignment, engagement.Pricing.Model, start, end), Clock.Truncate(bookedAt));
        Audit(audit, "interview.scheduled", nameof(Interview), interview.Id);
        switch (status)
        {
            case InterviewStatus.Completed:
                interview.Complete(end);
                Audit(audit, "interview.completed", nameof(Interview), interview.Id);
                AddScorecard(db, audit, interview, version, end, report);
                break;
            case InterviewStatus.NoShowCandidate or InterviewStatus.NoShowInterviewer:
                interview.MarkNoShow(status == InterviewStatus.NoShowCandidate, end);
                Audit(audit, "interview.no_show", nameof(Interview), interview.Id);
                break;
            case InterviewStatus.Cancelled:
                interview.Cancel(_faker.PickRandom("Candidate withdrew", "Role filled", "Candidate accepted another offer", "Rescheduling conflict"),
                    start.AddHours(-_random.Next(2, 72)));
                Audit(audit, "interview.cancelled", nameof(Interview), interview.Id);
                break;
        }
    }

    /// <summary>An hour on a weekday, 08:00–18:00 UTC, that the interviewer has free.</summary>
    private (Assignment Assignment, DateTime Start)? FindSlot(List<Assignment> accepted, bool future, DateTime requestedAt)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var assignment = accepted[_random.Next(accepted.Count)];
            var day = future ? _seed.Anchor.Date.AddDays(_random.Next(1, FutureDays)) : requestedAt.Date.AddDays(_random.Next(1, 7));
            if (!future && day >= _seed.Anchor.Date)
            {
                day = _seed.Anchor.Date.AddDays(-1);
            }

            var start = day.AddHours(_random.Next(8, 19));
            if (_booked.Add((assignment.InterviewerId, start.Ticks / TimeSpan.TicksPerHour)))
            {
                return (assignment, DateTime.SpecifyKind(start, DateTimeKind.Utc));
            }
        }

        return null;
    }

    private void AddScorecard(PanelistDbContext db, AuditTrail audit, Interview interview, RubricVersion version, DateTime end, SeedReport report)
    {
        var roll = _random.Next(100);
        if (roll < 6)
        {
            return;
        }

        var scorecard = new Scorecard(interview.OrganizationId, interview.Id, interview.InterviewerId!.Value, version.Id, _ids.Next());
        var strength = _random.Next(1, 5);
        var ratings = version.Criteria.Select(c => new CriterionRating(c.Key, Math.Clamp(strength + _random.Next(-1, 2), 1, 4),
            _faker.Lorem.Sentence(10))).ToList();
        var submittedAt = end.AddHours(_random.Next(1, 72));
        if (roll < 10)
        {
            scorecard.SaveDraft(new ScorecardContent(ratings, Recommendation.NoDecision, null), version);
        }
        else
        {
            scorecard.Submit(new ScorecardContent(ratings, RecommendationFor(version.WeightedScore(ratings.ToDictionary(r => r.CriterionKey, r => r.Rating))),
                _faker.Lorem.Paragraph(2)), version, submittedAt);
            Audit(audit, "scorecard.submitted", nameof(Scorecard), scorecard.Id);
            if (roll >= 95)
            {
                var amended = ratings.Select(r => new CriterionRating(r.CriterionKey, Math.Min(4, r.Rating + 1), r.Evidence)).ToList();
                scorecard.Amend(new ScorecardContent(amended, RecommendationFor(version.WeightedScore(amended.ToDictionary(r => r.CriterionKey, r => r.Rating))),
                    _faker.Lorem.Paragraph(2)), version, "Calibration review: evidence re-weighed", submittedAt.AddDays(2));
                Audit(audit, "scorecard.amended", nameof(Scorecard), scorecard.Id);
            }
        }

        db.Scorecards.Add(scorecard);
        report.Scorecards++;
        if (_random.Next(10) < 7)
        {
            var feedback = new CandidateFeedback(interview.OrganizationId, interview.Id, Math.Clamp(10 - (int)Math.Floor(Math.Abs(_faker.Random.Double() * 6 - 1.5)), 0, 10),
                _faker.Lorem.Sentence(8), _ids.Next());
            db.CandidateFeedback.Add(feedback);
            report.CandidateFeedback++;
            Audit(audit, "candidate_feedback.recorded", nameof(CandidateFeedback), feedback.Id);
        }
    }

    private Recommendation RecommendationFor(decimal score) =>
        _random.Next(100) < 3 ? Recommendation.NoDecision
        : score >= 3.4m ? Recommendation.StrongYes
        : score >= 2.5m ? Recommendation.Yes
        : score >= 1.8m ? Recommendation.No
        : Recommendation.StrongNo;

    private void Audit(AuditTrail audit, string action, string subjectType, Guid subjectId)
    {
        if (_seed.Audit)
        {
            audit.Record(action, subjectType, subjectId, new { source = "demo-seed" });
        }
    }

    private static async Task SaveAsync(PanelistDbContext db, AuditTrail audit, SeedReport report, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        report.AuditEntries += audit.PendingCount;
        await db.SaveChangesAsync(ct);
        await audit.FlushAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
