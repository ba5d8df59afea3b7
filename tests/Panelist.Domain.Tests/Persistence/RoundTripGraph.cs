using Panelist.Domain.Candidates;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Skills;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Persistence;

/// <summary>
/// One of every aggregate, built directly (not through the services) so every value is chosen: money
/// with four decimals, weights that only sum to 1 exactly, instants with microseconds. Saved as is;
/// the tests read it back in a fresh scope and compare with these in-memory originals.
/// </summary>
public sealed class RoundTripGraph
{
    /// <summary>The clock while saving: microsecond precision, which both providers keep.</summary>
    public static readonly DateTime SavedAt = new DateTime(2030, 3, 4, 9, 15, 30, DateTimeKind.Utc).AddTicks(1_234_560);

    private static readonly string[] Anchors = ["Cannot explain it", "Explains with help", "Explains and applies", "Teaches it"];
    private static readonly string[] Languages = ["en", "DE"];

    private RoundTripGraph()
    {
        var t = SavedAt;
        Organization = new Organization("initech", "Initech");
        Kotlin = new Skill("kotlin", "Kotlin", "Languages");
        Sql = new Skill("sql", "SQL", "Data");

        Rubric = new Rubric("Data engineer", "data", "Pipelines and modelling.");
        Version = Rubric.AddDraft(
            [
                new RubricCriterion("pipelines", "Pipelines", "Builds reliable batch and stream jobs.", 0.3333m, Anchors),
                new RubricCriterion("modelling", "Modelling", "Models data for its readers.", 0.6667m, Anchors),
            ],
            2.75m);
        Version.Publish(t.AddDays(-20));

        Interviewer = new Interviewer(
            new InterviewerProfile("Grace Hopper", "Grace.Hopper@Example.COM", "Rear admiral of compilers", "us", "America/New_York"),
            new RateCard("usd", 123.4567m, 98.7654m));
        Interviewer.SetSkill(Kotlin.Id, 5, 12);
        Interviewer.SetSkill(Sql.Id, 3, 4);
        Interviewer.SetLanguage("EN", LanguageLevel.Native);
        Interviewer.SetLanguage("de", LanguageLevel.Professional);
        Interviewer.Classify(ClassificationType.Employee, "us-ny");
        Interviewer.RecordContract(t.AddDays(-10), t.AddYears(1), t.AddDays(-9));
        Interviewer.Certify(Rubric.Id, t.AddDays(-5), t.AddDays(175));
        Interviewer.TransitionTo(InterviewerStatus.Onboarding, t);
        Interviewer.TransitionTo(InterviewerStatus.Active, t);

        Engagement = new Engagement(Organization.Id, Version.Id, new EngagementDetails(
            "Data platform", "Build the lakehouse.", "REQ-7",
            new Pricing(PricingModel.Hourly, "USD", 98_765.4321m), new ServiceLevel(3, 36), 17,
            t.AddDays(1), t.AddDays(60), Languages,
            [new RequiredSkill(Kotlin.Id, 4), new RequiredSkill(Sql.Id, 2)]));
        Engagement.TransitionTo(EngagementStatus.Open, t);
        Engagement.TransitionTo(EngagementStatus.Active, t);

        Assignment = new Assignment(Organization.Id, Engagement.Id, Interviewer.Id, new Money(123.4567m, "USD"), true, t);
        Assignment.Accept(t.AddHours(1));
        Assignment.AcknowledgeBriefing(t.AddHours(2));

        // Sealed when saved (it needs the database's key ring); the lookup is replaced then.
        Candidate = new Candidate(Organization.Id, "pending");
        Candidate.ReferTo("cand-1");
        Interview = new Interview(Engagement, Candidate, null, t);
        Interview.Schedule(Assignment, t.AddDays(1), t.AddDays(1).AddMinutes(75), new Money(154.3209m, "USD"), t);
        Interview.Complete(t.AddDays(1).AddMinutes(80));

        Scorecard = new Scorecard(Organization.Id, Interview.Id, Interviewer.Id, Version.Id);
        Scorecard.Submit(Content(3, 2, Recommendation.No, "Solid pipelines, thin modelling."), Version, t.AddDays(2));
        Scorecard.Amend(Content(4, 3, Recommendation.Yes, "Modelling follow-up went well."), Version, "Added the follow-up", t.AddDays(3));

        Feedback = new CandidateFeedback(Organization.Id, Interview.Id, 8, "Friendly and well organised.");

        AuditEntry = new AuditEntry(
            Organization.Id, t.AddMinutes(-1), Actor.User("ops@initech.test", Role.ClientAdmin), "engagement.created",
            "Engagement", Engagement.Id.ToString(), """{"title":"Data platform"}""", "request-1");
        AuditEntry.Seal(1, "");
    }

    public Organization Organization { get; }

    public Skill Kotlin { get; }

    public Skill Sql { get; }

    public Rubric Rubric { get; }

    public RubricVersion Version { get; }

    public Interviewer Interviewer { get; }

    public Engagement Engagement { get; }

    public Assignment Assignment { get; }

    public Candidate Candidate { get; }

    public Interview Interview { get; }

    public Scorecard Scorecard { get; }

    public CandidateFeedback Feedback { get; }

    public AuditEntry AuditEntry { get; }

    /// <summary>Builds the graph and saves it, parents first, with the clock at <see cref="SavedAt"/>.</summary>
    public static async Task<RoundTripGraph> SaveAsync(TestDatabase database)
    {
        var graph = new RoundTripGraph();
        await using var scope = database.AsSystem(graph.Organization.Id);
        var db = scope.Db;
        db.Organizations.Add(graph.Organization);
        db.Skills.AddRange(graph.Kotlin, graph.Sql);
        db.Rubrics.Add(graph.Rubric);
        await db.SaveChangesAsync();
        db.Interviewers.Add(graph.Interviewer);
        db.Engagements.Add(graph.Engagement);
        await db.SaveChangesAsync();
        db.Assignments.Add(graph.Assignment);
        await db.SaveChangesAsync();
        var keys = database.Keys;
        var dataKey = PersonalDataKeyRing.NewDataKey();
        var lookup = keys.EmailLookup(graph.Organization.Id, "linus@example.com");
        graph.Candidate.Seal(PersonalDataCipher.Encrypt(dataKey, graph.Candidate.Id, Candidate.NameField, "Linus Torvalds"),
            PersonalDataCipher.Encrypt(dataKey, graph.Candidate.Id, Candidate.EmailField, "linus@example.com"), lookup);
        db.Candidates.Add(graph.Candidate);
        db.CandidateKeys.Add(new CandidateKey(graph.Candidate.Id, graph.Organization.Id, keys.Wrap(graph.Candidate.Id, dataKey), SavedAt));
        await db.SaveChangesAsync();
        db.Interviews.Add(graph.Interview);
        await db.SaveChangesAsync();
        db.Scorecards.Add(graph.Scorecard);
        db.CandidateFeedback.Add(graph.Feedback);
        db.AuditEntries.Add(graph.AuditEntry);
        await db.SaveChangesAsync();
        return graph;
    }

    private static ScorecardContent Content(int pipelines, int modelling, Recommendation recommendation, string summary) =>
        new(
            [new CriterionRating("pipelines", pipelines, "Designed an idempotent backfill."), new CriterionRating("modelling", modelling, "Chose a star schema.")],
            recommendation,
            summary);
}
