using Panelist.Domain.Candidates;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Persistence;

/// <summary>Every aggregate comes back from a fresh scope exactly as it was saved: decimals to the fourth place, instants in UTC.</summary>
public sealed class RoundTripTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Interviewer_round_trips_with_skills_languages_and_certifications(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);
        var expected = graph.Interviewer;

        var stored = await scope.Db.Interviewers.AsNoTracking()
            .Include(i => i.Skills).Include(i => i.Languages).Include(i => i.Certifications)
            .SingleAsync(i => i.Id == expected.Id);

        Assert.Equal("Grace Hopper", stored.Name);
        Assert.Equal("grace.hopper@example.com", stored.Email);
        Assert.Equal(expected.Headline, stored.Headline);
        Assert.Equal("US", stored.CountryCode);
        Assert.Equal("America/New_York", stored.TimeZone);
        Assert.Equal(new RateCard("USD", 123.4567m, 98.7654m), stored.RateCard);
        Assert.Equal(expected.Status, stored.Status);
        Assert.Equal(expected.Classification, stored.Classification);
        Assert.Equal("US-NY", stored.ClassificationJurisdiction);
        AssertUtc(expected.ContractSignedAt, stored.ContractSignedAt);
        AssertUtc(expected.ContractExpiresAt, stored.ContractExpiresAt);
        AssertUtc(expected.NdaSignedAt, stored.NdaSignedAt);
        AssertUtc(RoundTripGraph.SavedAt, stored.CreatedAt);
        AssertUtc(RoundTripGraph.SavedAt, stored.UpdatedAt);
        Assert.Equal(
            expected.Skills.Select(s => (s.SkillId, s.Level, s.Years)).OrderBy(s => s.SkillId),
            stored.Skills.Select(s => (s.SkillId, s.Level, s.Years)).OrderBy(s => s.SkillId));
        Assert.Equal(
            expected.Languages.Select(l => (l.Code, l.Level)).OrderBy(l => l.Code, StringComparer.Ordinal),
            stored.Languages.Select(l => (l.Code, l.Level)).OrderBy(l => l.Code, StringComparer.Ordinal));
        var certification = Assert.Single(stored.Certifications);
        Assert.Equal(graph.Rubric.Id, certification.RubricId);
        AssertUtc(expected.Certifications[0].CertifiedAt, certification.CertifiedAt);
        AssertUtc(expected.Certifications[0].ExpiresAt, certification.ExpiresAt);
        Assert.True(stored.IsCertifiedFor(graph.Rubric.Id, RoundTripGraph.SavedAt));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Rubric_round_trips_with_its_versions_and_criteria(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);

        var stored = await scope.Db.Rubrics.AsNoTracking().Include(r => r.Versions).SingleAsync(r => r.Id == graph.Rubric.Id);

        Assert.Equal(graph.Rubric.Name, stored.Name);
        Assert.Equal(graph.Rubric.RoleFamily, stored.RoleFamily);
        Assert.Equal(graph.Rubric.Description, stored.Description);
        var version = Assert.Single(stored.Versions);
        Assert.Equal(graph.Version.Id, version.Id);
        Assert.Equal(1, version.Number);
        Assert.Equal(graph.Version.Status, version.Status);
        Assert.Equal(2.75m, version.PassThreshold);
        AssertUtc(graph.Version.PublishedAt, version.PublishedAt);
        Assert.Equal(graph.Version.Criteria.Count, version.Criteria.Count);
        for (var i = 0; i < version.Criteria.Count; i++)
        {
            var (want, got) = (graph.Version.Criteria[i], version.Criteria[i]);
            Assert.Equal(want.Key, got.Key);
            Assert.Equal(want.Title, got.Title);
            Assert.Equal(want.Description, got.Description);
            Assert.Equal(want.Weight, got.Weight);
            Assert.Equal(want.Anchors, got.Anchors);
        }

        Assert.Equal(1m, version.Criteria.Sum(c => c.Weight));
        Assert.Equal(2.3333m, version.WeightedScore(new Dictionary<string, int> { ["pipelines"] = 3, ["modelling"] = 2 }));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Engagement_round_trips_with_pricing_service_level_skills_and_languages(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);
        var expected = graph.Engagement;

        var stored = await scope.Db.Engagements.AsNoTracking().Include(e => e.RequiredSkills).SingleAsync(e => e.Id == expected.Id);

        Assert.Equal(graph.Organization.Id, stored.OrganizationId);
        Assert.Equal(expected.Title, stored.Title);
        Assert.Equal(expected.Brief, stored.Brief);
        Assert.Equal("REQ-7", stored.AtsJobId);
        Assert.Equal(graph.Version.Id, stored.RubricVersionId);
        Assert.Equal(expected.Pricing, stored.Pricing);
        Assert.Equal(98_765.4321m, stored.Pricing.BudgetCap);
        Assert.Equal(expected.ServiceLevel, stored.ServiceLevel);
        Assert.Equal(17, stored.WeeklyCapacity);
        AssertUtc(expected.StartsAt, stored.StartsAt);
        AssertUtc(expected.EndsAt, stored.EndsAt);
        Assert.Equal(expected.RequiredLanguages, stored.RequiredLanguages);
        Assert.Equal(
            expected.RequiredSkills.Select(s => (s.SkillId, s.MinLevel)).OrderBy(s => s.SkillId),
            stored.RequiredSkills.Select(s => (s.SkillId, s.MinLevel)).OrderBy(s => s.SkillId));
        Assert.Equal(expected.Status, stored.Status);
        Assert.Null(stored.ClosedAt);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Assignment_round_trips_with_its_agreed_rate(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);
        var expected = graph.Assignment;

        var stored = await scope.Db.Assignments.AsNoTracking().SingleAsync(a => a.Id == expected.Id);

        Assert.Equal(expected.EngagementId, stored.EngagementId);
        Assert.Equal(expected.InterviewerId, stored.InterviewerId);
        Assert.Equal(new Money(123.4567m, "USD"), stored.Rate);
        Assert.True(stored.RateOverridden);
        Assert.Equal(expected.Status, stored.Status);
        AssertUtc(expected.InvitedAt, stored.InvitedAt);
        AssertUtc(expected.RespondedAt, stored.RespondedAt);
        AssertUtc(expected.BriefingAcknowledgedAt, stored.BriefingAcknowledgedAt);
        Assert.Null(stored.RemovedAt);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Interview_round_trips_with_its_candidate_slot_and_cost(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);
        var expected = graph.Interview;

        var stored = await scope.Db.Interviews.AsNoTracking().SingleAsync(i => i.Id == expected.Id);

        Assert.Equal((expected.CandidateId, expected.AtsCandidateId), (stored.CandidateId, stored.AtsCandidateId));
        Assert.Null(stored.AtsApplicationId);
        var candidate = await scope.Db.Candidates.AsNoTracking().SingleAsync(c => c.Id == expected.CandidateId);
        var revealed = await new CandidateVault(scope.Db, database.Keys, TimeProvider.System).RevealAsync([candidate], default);
        Assert.Equal(new RevealedCandidate("Linus Torvalds", "linus@example.com"), revealed[candidate.Id]);
        Assert.DoesNotContain("linus", candidate.EmailCiphertext + candidate.NameCiphertext + candidate.EmailLookup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expected.AssignmentId, stored.AssignmentId);
        Assert.Equal(expected.InterviewerId, stored.InterviewerId);
        Assert.Equal(expected.Status, stored.Status);
        AssertUtc(expected.RequestedAt, stored.RequestedAt);
        AssertUtc(expected.ScheduledStart, stored.ScheduledStart);
        AssertUtc(expected.ScheduledEnd, stored.ScheduledEnd);
        AssertUtc(expected.CompletedAt, stored.CompletedAt);
        Assert.Equal(TimeSpan.FromMinutes(75), stored.Duration);
        Assert.Equal(154.3209m, stored.Cost);
        Assert.Equal("USD", stored.Currency);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Scorecard_round_trips_with_its_ratings_and_previous_revision(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);
        var expected = graph.Scorecard;

        var stored = await scope.Db.Scorecards.AsNoTracking().Include(s => s.Revisions).SingleAsync(s => s.Id == expected.Id);

        Assert.Equal(graph.Version.Id, stored.RubricVersionId);
        Assert.Equal(expected.Status, stored.Status);
        Assert.Equal(2, stored.Revision);
        Assert.Equal(3.3333m, stored.WeightedScore);
        Assert.True(stored.Passed);
        Assert.Equal(expected.Recommendation, stored.Recommendation);
        Assert.Equal(expected.Summary, stored.Summary);
        AssertUtc(expected.SubmittedAt, stored.SubmittedAt);
        AssertUtc(expected.AmendedAt, stored.AmendedAt);
        AssertRatings(expected.Ratings, stored.Ratings);

        var revision = Assert.Single(stored.Revisions);
        var original = expected.Revisions[0];
        Assert.Equal(1, revision.Revision);
        Assert.Equal(2.3333m, revision.WeightedScore);
        Assert.Equal(original.Recommendation, revision.Recommendation);
        Assert.Equal(original.Summary, revision.Summary);
        Assert.Equal(original.AmendmentReason, revision.AmendmentReason);
        AssertUtc(original.SubmittedAt, revision.SubmittedAt);
        AssertUtc(original.RecordedAt, revision.RecordedAt);
        AssertRatings(original.Ratings, revision.Ratings);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CandidateFeedback_round_trips(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);

        var stored = await scope.Db.CandidateFeedback.AsNoTracking().SingleAsync(f => f.Id == graph.Feedback.Id);

        Assert.Equal(graph.Interview.Id, stored.InterviewId);
        Assert.Equal(8, stored.Score);
        Assert.Equal(graph.Feedback.Comment, stored.Comment);
        AssertUtc(RoundTripGraph.SavedAt, stored.CreatedAt);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AuditEntry_round_trips_and_still_matches_its_hash(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var graph = await RoundTripGraph.SaveAsync(database);
        await using var scope = database.AsSystem(graph.Organization.Id);
        var expected = graph.AuditEntry;

        var stored = await scope.Db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == expected.Id);

        Assert.Equal(expected.CanonicalJson(), stored.CanonicalJson());
        Assert.Equal(expected.Hash, stored.Hash);
        Assert.Equal(stored.ComputeHash(), stored.Hash);
        AssertUtc(expected.OccurredAt, stored.OccurredAt);
        Assert.Equal(ActorType.User, stored.ActorType);
        Assert.Equal(Role.ClientAdmin, stored.ActorRole);
        Assert.Equal(expected.Summary, stored.Summary);
    }

    private static Task<TestDatabase> NewDatabaseAsync(DatabaseProvider provider) =>
        TestDatabase.CreateAsync(provider, new MutableTimeProvider(new DateTimeOffset(RoundTripGraph.SavedAt)));

    private static void AssertUtc(DateTime? expected, DateTime? actual)
    {
        Assert.NotNull(expected);
        Assert.Equal(expected, actual);
        Assert.Equal(DateTimeKind.Utc, actual.GetValueOrDefault().Kind);
    }

    private static void AssertRatings(List<CriterionRating> expected, List<CriterionRating> actual) =>
        Assert.Equal(
            expected.Select(r => (r.CriterionKey, r.Rating, r.Evidence)),
            actual.Select(r => (r.CriterionKey, r.Rating, r.Evidence)));
}
