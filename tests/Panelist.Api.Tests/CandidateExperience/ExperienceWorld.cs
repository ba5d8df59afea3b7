using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.CandidateExperience;

/// <summary>
/// A client with an Active engagement (schedule within 5 days, scorecards within 24 hours) and an accepted, certified
/// interviewer "Fiona Flow", arranged over HTTP on the test's own database, on a <see cref="FakeTimeProvider"/> the test
/// moves. Its clients are made before the clock moves (tokens are checked on the real clock). The SLA job only runs when told.
/// </summary>
public sealed class ExperienceWorld : IAsyncDisposable
{
    public const int FeedbackWithinHours = 24;
    public const int ScheduleWithinDays = 5;

    private static readonly string[] German = ["de"];

    private readonly List<PanelistApiFactory> _apis = [];

    private ExperienceWorld(TestDatabase database, FakeTimeProvider clock, Guid organizationId)
    {
        Database = database;
        Clock = clock;
        OrganizationId = organizationId;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public Guid OrganizationId { get; }

    public PanelistApiFactory Api => _apis[0];

    public string EngagementId { get; private set; } = "";

    public string AssignmentId { get; private set; } = "";

    public Guid InterviewerId { get; private set; }

    public static async Task<ExperienceWorld> CreateAsync(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var database = await TestDatabase.CreateAsync(provider);
        var world = new ExperienceWorld(database, clock, await FlowApi.CreateOrganizationAsync(database, "Acme Robotics"));
        world.AddReplica();
        await world.ArrangeAsync();
        return world;
    }

    /// <summary>One more API instance on the same database and clock: a second replica.</summary>
    public PanelistApiFactory AddReplica()
    {
        var api = new PanelistApiFactory(Database, ("Sla:LateAfter", "02:00:00"))
        {
            TestServices = s => s.AddSingleton<TimeProvider>(Clock),
        };
        _apis.Add(api);
        return api;
    }

    /// <summary>Made at the start: the API checks token lifetimes on the real clock, so tokens are issued before the fake clock moves.</summary>
    public GraphQLClient Recruiter { get; private set; } = null!;

    public GraphQLClient ClientAdmin { get; private set; } = null!;

    public GraphQLClient Interviewer { get; private set; } = null!;

    public GraphQLClient Platform { get; private set; } = null!;

    public async Task<string> RequestAsync(string candidateName = "Ada Lovelace")
    {
        var recruiter = Recruiter;
        var requested = await recruiter.Ok("requestInterview", new
        {
            engagementId = EngagementId,
            candidate = new { name = candidateName, email = $"{Guid.NewGuid():N}@candidates.example" },
        }, "interview { id }");
        return requested.Str("interview.id")!;
    }

    /// <summary>Requested and booked one hour from <paramref name="startsIn"/> from now.</summary>
    public async Task<string> ScheduledAsync(TimeSpan startsIn, string candidateName = "Ada Lovelace")
    {
        var id = await RequestAsync(candidateName);
        var start = Clock.GetUtcNow() + startsIn;
        var recruiter = Recruiter;
        await recruiter.Ok("scheduleInterview", new { interviewId = id, assignmentId = AssignmentId, scheduledStart = start, scheduledEnd = start.AddHours(1) },
            "interview { id }");
        return id;
    }

    /// <summary>Booked for an hour from now, then the clock passes its end and the recruiter completes it.</summary>
    public async Task<string> CompletedAsync(string candidateName = "Ada Lovelace")
    {
        var id = await ScheduledAsync(TimeSpan.FromMinutes(1), candidateName);
        Clock.Advance(TimeSpan.FromMinutes(61));
        var recruiter = Recruiter;
        await recruiter.Ok("completeInterview", new { interviewId = id }, "interview { status }");
        return id;
    }

    public async Task SubmitScorecardAsync(string interviewId)
    {
        var interviewer = Interviewer;
        await interviewer.Ok("submitScorecard", new
        {
            interviewId,
            ratings = new[] { new { criterionKey = "problem_solving", rating = 3, evidence = "Solid" }, new { criterionKey = "communication", rating = 3, evidence = "Clear" } },
            recommendation = "YES",
            summary = "Good.",
        }, "scorecard { status }");
    }

    public static Guid Key(string globalId) => FlowApi.DecodeId(globalId);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Platform, ClientAdmin, Recruiter, Interviewer })
        {
            client?.Dispose();
        }

        foreach (var api in _apis)
        {
            await api.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private async Task ArrangeAsync()
    {
        var now = Clock.GetUtcNow();
        Platform = Api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        ClientAdmin = Api.ClientAs(Role.ClientAdmin, OrganizationId);
        Recruiter = Api.ClientAs(Role.Recruiter, OrganizationId);
        var platform = Platform;
        var skillId = (await platform.Ok("createSkill", new { slug = $"cx-{Guid.NewGuid():N}"[..20], name = "Experience", category = "Testing" }, "skill { id }"))
            .Str("skill.id");
        string[] anchors = ["Misses it", "Partly there", "Solid", "Exceptional"];
        var rubric = await platform.Ok("createRubric", new
        {
            name = "Experience engineer",
            roleFamily = "Engineering",
            passThreshold = 2.5m,
            criteria = new object[]
            {
                new { key = "problem_solving", title = "Problem solving", weight = 0.6m, anchors },
                new { key = "communication", title = "Communication", weight = 0.4m, anchors },
            },
        }, "rubric { id versions { id } }");
        var rubricId = rubric.Str("rubric.id");
        var versionId = rubric.GetProperty("rubric").GetProperty("versions")[0].GetProperty("id").GetString();
        await platform.Ok("publishRubricVersion", new { versionId }, "version { status }");
        var interviewerId = (await platform.Ok("registerInterviewer", new
        {
            name = "Fiona Flow",
            email = $"fiona.{Guid.NewGuid():N}@interviewers.example",
            countryCode = "DE",
            timeZone = "Europe/Berlin",
            rateCard = new { currency = "EUR", hourlyRate = 100m, perInterviewRate = 120m },
        }, "interviewer { id }")).Str("interviewer.id")!;
        await platform.Ok("updateInterviewerProfile", new { interviewerId, name = "Fiona Flow", headline = "Staff engineer, distributed systems", countryCode = "DE", timeZone = "Europe/Berlin" }, "interviewer { id }");
        await platform.Ok("setInterviewerSkill", new { interviewerId, skillId, level = 4, years = 6 }, "interviewer { id }");
        await platform.Ok("setInterviewerLanguage", new { interviewerId, code = "de", level = "NATIVE" }, "interviewer { id }");
        await platform.Ok("classifyInterviewer", new { interviewerId, classification = "INDEPENDENT_CONTRACTOR", jurisdiction = "DE" }, "interviewer { id }");
        await platform.Ok("recordInterviewerContract", new { interviewerId, signedAt = now.AddDays(-30), expiresAt = now.AddDays(365), ndaSignedAt = now.AddDays(-30) },
            "interviewer { id }");
        await platform.Ok("certifyInterviewer", new { interviewerId, rubricId, certifiedAt = now.AddDays(-1), expiresAt = now.AddDays(365) }, "interviewer { id }");
        await platform.Ok("changeInterviewerStatus", new { interviewerId, status = "ONBOARDING" }, "interviewer { status }");
        await platform.Ok("changeInterviewerStatus", new { interviewerId, status = "ACTIVE" }, "interviewer { status }");
        InterviewerId = Key(interviewerId);
        Interviewer = Api.ClientAs(Role.Interviewer, null, InterviewerId);

        var admin = ClientAdmin;
        EngagementId = (await admin.Ok("createEngagement", new
        {
            rubricVersionId = versionId,
            title = "Robotics engineers",
            brief = "The technical round.",
            pricing = new { model = "PER_INTERVIEW", currency = "EUR", budgetCap = 10_000m },
            serviceLevel = new { scheduleWithinDays = ScheduleWithinDays, feedbackWithinHours = FeedbackWithinHours },
            weeklyCapacity = 50,
            startsAt = now.AddDays(-3),
            endsAt = now.AddDays(90),
            requiredLanguages = German,
            requiredSkills = new[] { new { skillId, minLevel = 3 } },
        }, "engagement { id }")).Str("engagement.id")!;
        await admin.Ok("openEngagement", new { engagementId = EngagementId }, "engagement { status }");
        await admin.Ok("activateEngagement", new { engagementId = EngagementId }, "engagement { status }");
        AssignmentId = (await admin.Ok("inviteInterviewer", new { engagementId = EngagementId, interviewerId }, "assignment { id }")).Str("assignment.id")!;
        var interviewer = Interviewer;
        await interviewer.Ok("acceptAssignment", new { assignmentId = AssignmentId }, "assignment { status }");
    }
}
