using System.Reflection;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Quality.Audits;
using Panelist.Domain.Quality.Calibration;
using Panelist.Domain.Quality.Statistics;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Security;

/// <summary>The small demo world plus a connector installation and a delivery: one row of every Node type.</summary>
public sealed class RoleWorld : IAsyncLifetime, IAsyncDisposable
{
    private TestDatabase _database = null!;
    private PanelistApiFactory _api = null!;
    private Guid _acme;
    private Guid _interviewer;
    private readonly Dictionary<string, Guid> _subjects = [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataGenerator(_database.Options, _database.Keys, SeededWorld.Small, NullLogger.Instance).GenerateAsync(default);
        // The sweep asks for every field of the schema in one document, far past what a client page needs.
        _api = new PanelistApiFactory(_database, ("Limits:MaxDocumentLength", "262144"), ("Limits:MaxComplexity", "500000"));
        await using var scope = _database.AsSystem(Organization.PlatformId);
        _acme = await scope.Db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync();
        await using var acme = _database.AsSystem(_acme);
        var db = acme.Db;
        // An interview with a scorecard and candidate feedback, so that every role sees every kind of row.
        var interview = await db.Interviews.Where(i => i.InterviewerId != null && db.Scorecards.Any(s => s.InterviewId == i.Id)
                && db.CandidateFeedback.Any(f => f.InterviewId == i.Id))
            .OrderBy(i => i.Id).FirstAsync();
        _interviewer = interview.InterviewerId!.Value;
        _subjects["Organization"] = _acme;
        _subjects["Interviewer"] = _interviewer;
        _subjects["Interview"] = interview.Id;
        _subjects["Candidate"] = interview.CandidateId!.Value;
        _subjects["Engagement"] = interview.EngagementId;
        _subjects["Assignment"] = interview.AssignmentId!.Value;
        _subjects["Scorecard"] = await db.Scorecards.Where(s => s.InterviewId == interview.Id).Select(s => s.Id).SingleAsync();
        _subjects["CandidateFeedback"] = await db.CandidateFeedback.Where(f => f.InterviewId == interview.Id).Select(f => f.Id).SingleAsync();
        _subjects["RubricVersion"] = await db.Engagements.Where(e => e.Id == interview.EngagementId).Select(e => e.RubricVersionId).SingleAsync();
        _subjects["Rubric"] = await db.RubricVersions.Where(v => v.Id == _subjects["RubricVersion"]).Select(v => v.RubricId).SingleAsync();
        _subjects["Skill"] = await db.Skills.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        _subjects["AuditEntry"] = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Id).FirstAsync();
        await AddLedgerSubjectsAsync(interview);
        var installation = new ConnectorInstallation(_acme, "template", "Role test ATS", "{}", "", [IntegrationEventType.InterviewCancelled]);
        db.ConnectorInstallations.Add(installation);
        await db.SaveChangesAsync();
        _subjects["ConnectorInstallation"] = installation.Id;
        var mapping = new InterviewerMapping(_acme, installation.Id, _interviewer, "vendor-user-7");
        db.InterviewerMappings.Add(mapping);
        await db.SaveChangesAsync();
        _subjects["InterviewerMapping"] = mapping.Id;
        // A released hold on another candidate: a LegalHold row that blocks nothing.
        var other = await db.Candidates.Where(c => c.Id != interview.CandidateId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        await using (var admin = _database.Scope(Actor.User("role-test-admin", Role.ClientAdmin), _acme))
        {
            var holds = admin.Get<CandidateService>();
            var hold = (await holds.PlaceHoldAsync(other, null, "Role test")).Unwrap();
            (await holds.ReleaseHoldAsync(hold.Id)).Unwrap();
            _subjects["LegalHold"] = hold.Id;
        }

        // A cancelled interview raises an event for that installation: a delivery row to read.
        var open = await db.Interviews.Where(i => i.Status == InterviewStatus.Requested).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        using var recruiter = _api.ClientAs(Role.Recruiter, _acme);
        var cancelled = await recruiter.PostAsync("mutation($id: ID!) { cancelInterview(input: { interviewId: $id, reason: \"Role test\" }) { errors { code } } }",
            new { id = SeededWorld.Id("Interview", open) });
        Assert.Empty(cancelled.PayloadErrors("cancelInterview"));
        _subjects["Delivery"] = await db.Deliveries.Where(d => d.InstallationId == installation.Id).Select(d => d.Id).SingleAsync();

        await AddThreadSubjectsAsync(recruiter, interview);

        using var clientAdmin = _api.ClientAs(Role.ClientAdmin, _acme);
        var checkpoint = await clientAdmin.PostAsync("mutation { createAuditCheckpoint(input: {}) { errors { code } } }");
        Assert.Empty(checkpoint.PayloadErrors("createAuditCheckpoint"));
        _subjects["AuditCheckpoint"] = await db.AuditCheckpoints.Select(c => c.Id).SingleAsync();
        await AddQualitySubjectsAsync(interview);
    }

    /// <summary>A published checklist, an audit and a sample of acme's, and a calibration session the chosen interviewer takes part in.</summary>
    private async Task AddQualitySubjectsAsync(Interview interview)
    {
        await using var acme = _database.AsSystem(_acme);
        var audits = acme.Get<InterviewAuditService>();
        var checklist = (await audits.CreateChecklistAsync("Role test checklist", [new AuditChecklistItem("rubric_followed", "Rubric followed", 1m)], 1m)).Unwrap();
        (await audits.PublishChecklistAsync(checklist.Id)).Unwrap();
        _subjects["AuditChecklist"] = checklist.Id;
        var completed = await acme.Db.Interviews.Where(i => i.Status == InterviewStatus.Completed && i.InterviewerId != null).OrderBy(i => i.Id).FirstAsync();
        _subjects["InterviewAudit"] = (await audits.AuditAsync(completed.Id, checklist.Id, [new AuditFinding("rubric_followed", true, null)])).Unwrap().Id;
        _subjects["AuditSample"] = (await audits.DrawSampleAsync(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc))).Unwrap().Id;
        var rubricVersion = await acme.Db.Engagements.Where(e => e.Id == interview.EngagementId).Select(e => e.RubricVersionId).SingleAsync();
        var other = await acme.Db.Interviewers.Where(i => i.Id != _interviewer).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        _subjects["CalibrationSession"] = (await acme.Get<CalibrationService>().CreateAsync("Role test calibration", rubricVersion, [completed.Id], [_interviewer, other]))
            .Unwrap().Id;
        // Drift opens tasks only from many scores; the row is made directly (its constructor is the domain's own).
        var task = (RecalibrationTask)Activator.CreateInstance(typeof(RecalibrationTask), BindingFlags.NonPublic | BindingFlags.Instance, null,
            [_acme, _interviewer, DriftDirection.Up, 6, 2.5, 1.2, null], null)!;
        acme.Db.RecalibrationTasks.Add(task);
        await acme.Db.SaveChangesAsync();
        _subjects["RecalibrationTask"] = task.Id;
    }

    public TestDatabase Database => _database;

    /// <summary>The engagement's thread with one message, and an in-app notification of the interviewer's.</summary>
    private async Task AddThreadSubjectsAsync(GraphQLClient recruiter, Interview interview)
    {
        _subjects["Thread"] = interview.EngagementId;
        var posted = await recruiter.PostAsync("mutation($t: ID!) { postMessage(input: { threadId: $t, body: \"Role test\" }) { message { id } errors { code } } }",
            new { t = SeededWorld.Id("Thread", interview.EngagementId) });
        Assert.Empty(posted.PayloadErrors("postMessage"));
        await using var acme = _database.AsSystem(_acme);
        _subjects["ThreadMessage"] = await acme.Db.ThreadMessages.Select(m => m.Id).SingleAsync();
        var notifications = acme.Get<Domain.Notifications.Notifications>();
        (await acme.Get<UnitOfWork>().ExecuteAsync(async () =>
        {
            await notifications.NotifyAsync(Domain.Notifications.Recipient.Interviewer(_interviewer), Domain.Notifications.NotificationEventKind.Invited,
                new Domain.Notifications.NotificationContext(_acme) { EngagementId = interview.EngagementId });
            return true;
        }, default)).Unwrap();
        _subjects["Notification"] = await acme.Db.Notifications.Where(n => n.RecipientKey == $"interviewer:{_interviewer}").Select(n => n.Id).FirstAsync();
    }

    /// <summary>One row of each compliance-ledger Node, for the interviewer of the chosen interview; none changes what they may do.</summary>
    private async Task AddLedgerSubjectsAsync(Interview interview)
    {
        await using var platform = _database.AsSystem(Organization.PlatformId);
        var now = DateTime.UtcNow;
        var factors = ClassificationRules.FactorsOf(ClassificationTest.IrsCommonLaw).Select(k => new ClassificationFactor(k, FactorAnswer.Independent, "Role test", null)).ToList();
        _subjects["ClassificationRecord"] = (await platform.Get<ClassificationService>().RecordAsync(_interviewer, "JP", ClassificationTest.IrsCommonLaw, factors, null)).Unwrap().Id;
        var interviewer = await platform.Db.Interviewers.AsNoTracking().SingleAsync(i => i.Id == _interviewer);
        _subjects["FreelanceContract"] = (await platform.Get<FreelanceContractService>().RecordAsync(_interviewer, new ContractTerms(null, now.AddDays(-30), now.AddDays(365),
            now.AddDays(-30), interviewer.RateCurrency, [new("Interview", RateUnit.PerInterview, interviewer.PerInterviewRate)], null))).Unwrap().Id;
        _subjects["MinimumRateRule"] = (await platform.Get<MinimumRateService>().AddAsync("JP", "JPY", 5_000m, RateUnit.PerHour, now.AddDays(-1), null, "Role test")).Unwrap().Id;
        _subjects["PayoutStatement"] = (await platform.Get<PayoutService>().CreateAsync(_interviewer, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc), interview.Currency)).Unwrap().Id;
    }

    public PanelistApiFactory Api => _api;

    public Guid Acme => _acme;

    public Guid InterviewerId => _interviewer;

    public IReadOnlyDictionary<string, Guid> Subjects => _subjects;

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _database.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
