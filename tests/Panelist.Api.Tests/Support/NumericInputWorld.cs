using Panelist.Domain.Candidates;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Quality.Audits;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Skills;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Support;

/// <summary>
/// A fresh database arranged through the domain services so that every mutation with a numeric input
/// can be reached: a skill; a rubric with a published and a draft version; two Active, certified
/// interviewers (one accepted on an Active engagement, one free to invite); a Draft engagement to edit;
/// a completed interview to rate. Then the real API over it, on the same standing clock.
/// </summary>
public sealed class NumericInputWorld : IAsyncDisposable
{
    private static readonly string[] Anchors = ["Misses it", "Partly there", "Solid", "Exceptional"];

    private NumericInputWorld(TestDatabase database, MutableTimeProvider clock)
    {
        Database = database;
        Clock = clock;
        // Every numeric input gets 20 extreme values from one client: more requests a minute than a client may send by default.
        Api = new PanelistApiFactory(database, ("Limits:RequestsPerWindow", "2000")) { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
    }

    public TestDatabase Database { get; }

    public MutableTimeProvider Clock { get; }

    public PanelistApiFactory Api { get; }

    public Guid OrganizationId { get; private set; }

    public Guid SkillId { get; private set; }

    public Guid RubricId { get; private set; }

    public Guid PublishedVersionId { get; private set; }

    public Guid DraftVersionId { get; private set; }

    /// <summary>Rubrics with a published version and no draft, one per case of <c>createRubricDraft</c> (a rubric has one draft at a time).</summary>
    public List<Guid> RubricsWithoutDraft { get; } = [];

    public Guid AssignedInterviewerId { get; private set; }

    public Guid FreeInterviewerId { get; private set; }

    public Guid ActiveEngagementId { get; private set; }

    public Guid DraftEngagementId { get; private set; }

    public Guid CompletedInterviewId { get; private set; }

    public Guid InstallationId { get; private set; }

    /// <summary>A calibration session of the completed interview, with the assigned interviewer among its raters.</summary>
    public Guid CalibrationSessionId { get; private set; }

    /// <summary>A platform audit checklist still in draft, for editAuditChecklistDraft's numbers.</summary>
    public Guid DraftChecklistId { get; private set; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public static async Task<NumericInputWorld> CreateAsync(DatabaseProvider provider)
    {
        // Three hours back, so that after the interview is held the clock stands at the real time again:
        // tokens are signed at the clock's time and checked against the real one.
        var clock = new MutableTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddHours(-3));
        var world = new NumericInputWorld(await TestDatabase.CreateAsync(provider, clock), clock);
        await world.ArrangeAsync();
        return world;
    }

    public static List<RubricCriterion> Criteria(decimal weight = 1m) => [new("overall", "Overall", "", weight, Anchors)];

    public static string[] AnchorTexts => Anchors;

    /// <summary>Everything a refused mutation must leave as it was: row counts, the audit trail and the terms that mutations edit.</summary>
    public async Task<string> FingerprintAsync()
    {
        await using var scope = Database.AsSystem(Organization.PlatformId);
        var db = scope.Db;
        var text = new StringBuilder();
        text.Append(await db.AuditEntries.IgnoreQueryFilters().CountAsync()).Append('|')
            .Append(await db.Engagements.IgnoreQueryFilters().CountAsync()).Append('|')
            .Append(await db.Assignments.IgnoreQueryFilters().CountAsync()).Append('|')
            .Append(await db.Interviewers.CountAsync()).Append('|')
            .Append(await db.RubricVersions.IgnoreQueryFilters().CountAsync()).Append('|')
            .Append(await db.Scorecards.IgnoreQueryFilters().CountAsync()).Append('|')
            .Append(await db.CandidateFeedback.IgnoreQueryFilters().CountAsync()).Append('|');
        var draft = await db.Engagements.IgnoreQueryFilters().Include(e => e.RequiredSkills).SingleAsync(e => e.Id == DraftEngagementId);
        text.Append(draft.Pricing).Append(draft.ServiceLevel).Append(draft.WeeklyCapacity).Append(draft.RequiredSkills.Sum(s => s.MinLevel)).Append('|');
        var free = await db.Interviewers.Include(i => i.Skills).SingleAsync(i => i.Id == FreeInterviewerId);
        text.Append(free.RateCard).Append(string.Join(",", free.Skills.Select(s => $"{s.Level}/{s.Years}"))).Append('|');
        var version = await db.RubricVersions.IgnoreQueryFilters().SingleAsync(v => v.Id == DraftVersionId);
        text.Append(version.PassThreshold).Append(string.Join(",", version.Criteria.Select(c => c.Weight))).Append(version.ScaleLevels);
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task ArrangeAsync()
    {
        OrganizationId = await FlowApi.CreateOrganizationAsync(Database, "Numeric Inputs Ltd");
        var now = Now.UtcDateTime;
        await using (var platform = Database.AsSystem(Organization.PlatformId))
        {
            SkillId = (await platform.Get<SkillService>().CreateAsync($"numeric-{Guid.NewGuid():N}"[..20], "Numbers", "Misc")).Unwrap().Id;
        }

        // The client's own rubrics: an engagement pins only a rubric of its organization.
        await using (var owner = Database.AsSystem(OrganizationId))
        {
            var rubrics = owner.Get<RubricService>();
            var rubric = (await rubrics.CreateAsync("Numeric rubric", "engineering", null, Criteria(), 2m)).Unwrap();
            RubricId = rubric.Id;
            PublishedVersionId = (await rubrics.PublishAsync(rubric.Versions[0].Id)).Unwrap().Id;
            DraftVersionId = (await rubrics.CreateDraftAsync(RubricId, null, null)).Unwrap().Id;
            for (var spare = 0; spare < 3; spare++)
            {
                var published = (await rubrics.CreateAsync($"Spare rubric {spare}", "engineering", null, Criteria(), 2m)).Unwrap();
                (await rubrics.PublishAsync(published.Versions[0].Id)).Unwrap();
                RubricsWithoutDraft.Add(published.Id);
            }
        }

        AssignedInterviewerId = await ActiveInterviewerAsync("assigned", now);
        FreeInterviewerId = await ActiveInterviewerAsync("free", now);
        await using (var client = Database.AsSystem(OrganizationId))
        {
            var engagements = client.Get<EngagementService>();
            ActiveEngagementId = (await engagements.CreateAsync(PublishedVersionId, Details(now))).Unwrap().Id;
            (await engagements.OpenAsync(ActiveEngagementId)).Unwrap();
            (await engagements.ActivateAsync(ActiveEngagementId)).Unwrap();
            DraftEngagementId = (await engagements.CreateAsync(PublishedVersionId, Details(now))).Unwrap().Id;
            var assignments = client.Get<AssignmentService>();
            var assignmentId = (await assignments.InviteAsync(ActiveEngagementId, AssignedInterviewerId, null)).Unwrap().Id;
            (await assignments.AcceptAsync(assignmentId)).Unwrap();
            var interviews = client.Get<InterviewService>();
            CompletedInterviewId = (await interviews.RequestAsync(ActiveEngagementId, new CandidateDetails("Nora Number", "nora@example.com", null, null))).Unwrap().Id;
            (await interviews.ScheduleAsync(CompletedInterviewId, assignmentId, now.AddHours(1), now.AddHours(2))).Unwrap();
        }

        Clock.Advance(TimeSpan.FromHours(3));
        await using (var client = Database.AsSystem(OrganizationId))
        {
            (await client.Get<InterviewService>().CompleteAsync(CompletedInterviewId)).Unwrap();
            // An installation row for the connector mutations' numbers; no plugin is called to set a limit.
            var installation = new ConnectorInstallation(OrganizationId, "template", "Numbers ATS", "{}", "", []);
            client.Db.ConnectorInstallations.Add(installation);
            await client.Db.SaveChangesAsync();
            InstallationId = installation.Id;
        }

        await using (var platform = Database.AsSystem(Organization.PlatformId))
        {
            DraftChecklistId = (await platform.Get<InterviewAuditService>()
                .CreateChecklistAsync("Numbers checklist", [new AuditChecklistItem("listening", "Listening", 1m)], 0.5m)).Unwrap().Id;
        }

        await using (var client = Database.AsSystem(OrganizationId))
        {
            CalibrationSessionId = (await client.Get<Domain.Quality.Calibration.CalibrationService>().CreateAsync("Numbers calibration", PublishedVersionId,
                [CompletedInterviewId], [AssignedInterviewerId, FreeInterviewerId])).Unwrap().Id;
        }
    }

    private EngagementDetails Details(DateTime now) => new("Numbers team", null, null, new Pricing(PricingModel.PerInterview, "USD", 1_000m),
        new ServiceLevel(5, 48), 5, now.AddDays(-1), now.AddDays(90), ["en"], [new RequiredSkill(SkillId, 3)]);

    private async Task<Guid> ActiveInterviewerAsync(string name, DateTime now)
    {
        await using var platform = Database.AsSystem(Organization.PlatformId);
        var interviewers = platform.Get<InterviewerService>();
        var id = (await interviewers.RegisterAsync(new InterviewerProfile($"Numeric {name}", $"numeric.{name}.{Guid.NewGuid():N}@example.com", null, "GB", "Europe/London"),
            new RateCard("USD", 100m, 150m))).Unwrap().Id;
        (await interviewers.SetSkillAsync(id, SkillId, 4, 5)).Unwrap();
        (await interviewers.SetLanguageAsync(id, "en", LanguageLevel.Professional)).Unwrap();
        (await interviewers.ClassifyAsync(id, ClassificationType.IndependentContractor, "GB")).Unwrap();
        (await interviewers.RecordContractAsync(id, now.AddDays(-30), now.AddDays(365), now.AddDays(-30))).Unwrap();
        (await interviewers.CertifyAsync(id, RubricId, now.AddDays(-10), now.AddDays(365))).Unwrap();
        (await interviewers.ChangeStatusAsync(id, InterviewerStatus.Onboarding)).Unwrap();
        (await interviewers.ChangeStatusAsync(id, InterviewerStatus.Active)).Unwrap();
        return id;
    }
}
