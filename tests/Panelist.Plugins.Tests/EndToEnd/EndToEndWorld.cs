using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>
/// The real API on PostgreSQL with the connectors loaded from artifacts/plugins, arranged over GraphQL as people do it:
/// the platform sets up a rubric (criteria <c>design</c> and <c>coding</c>) and an active interviewer; a client admin
/// runs an engagement that names the job at the vendor, installs the vendor's connector against its fake and maps the
/// interviewer; a recruiter requests, schedules, reschedules, cancels and completes; the interviewer submits a scorecard.
/// The API host does not run the dispatcher (the factory turns it off): <see cref="DrainAsync"/> runs its rounds.
/// </summary>
internal sealed class EndToEndWorld : IAsyncDisposable
{
    private static readonly string[] German = ["de"];

    private EndToEndWorld(TestDatabase database, PanelistApiFactory api, Guid organizationId)
    {
        Database = database;
        Api = api;
        OrganizationId = organizationId;
        Platform = api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        ClientAdmin = api.ClientAs(Role.ClientAdmin, organizationId);
        Recruiter = api.ClientAs(Role.Recruiter, organizationId);
    }

    public TestDatabase Database { get; }

    public PanelistApiFactory Api { get; }

    public Guid OrganizationId { get; }

    public GraphQLClient Platform { get; }

    public GraphQLClient ClientAdmin { get; }

    public GraphQLClient Recruiter { get; }

    public GraphQLClient Interviewer { get; private set; } = null!;

    public string InterviewerId { get; private set; } = "";

    public string EngagementId { get; private set; } = "";

    public string AssignmentId { get; private set; } = "";

    public string InstallationId { get; private set; } = "";

    public required VendorSetup Vendor { get; init; }

    /// <summary>The day the tests book their interviews on (three days from now, 10:00 UTC).</summary>
    public static DateTimeOffset Day { get; } = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(3).AddHours(10);

    public static async Task<EndToEndWorld> CreateAsync(VendorSetup vendor)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var organization = new Organization($"e2e-{Guid.NewGuid():N}"[..20], $"{vendor.ConnectorId} end to end");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"),
            ("Dispatcher:BaseDelay", "00:00:00.050"), ("Dispatcher:MaxDelay", "00:00:01"));
        var world = new EndToEndWorld(database, api, organization.Id) { Vendor = vendor };
        await world.ArrangeAsync();
        return world;
    }

    /// <summary>The recruiter requests an interview of a candidate known to the vendor by <see cref="VendorSetup.Candidate"/>.</summary>
    public async Task<string> RequestAsync(string name)
    {
        var candidate = new
        {
            name, email = $"{name.Replace(' ', '.')}.{Guid.NewGuid():N}@candidates.example",
            atsCandidateId = Vendor.Candidate.CandidateId, atsApplicationId = Vendor.Candidate.ApplicationId,
        };
        return (await Recruiter.Ok("requestInterview", new { engagementId = EngagementId, candidate }, "interview { id }")).Str("interview.id");
    }

    /// <summary>Books (or, when already booked, rebooks) the interview for an hour from <paramref name="start"/>.</summary>
    public Task ScheduleAsync(string interviewId, DateTimeOffset start) =>
        Recruiter.Ok("scheduleInterview", new { interviewId, assignmentId = AssignmentId, scheduledStart = start, scheduledEnd = start.AddHours(1) }, "interview { status }");

    public Task CancelAsync(string interviewId) => Recruiter.Ok("cancelInterview", new { interviewId, reason = "Candidate withdrew" }, "interview { status }");

    /// <summary>Books the interview to start in two seconds, waits for the start, and the recruiter records it as held.</summary>
    public async Task<string> HoldAsync(string interviewId)
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(2);
        await ScheduleAsync(interviewId, start);
        await DrainAsync();
        var wait = start - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        await Recruiter.Ok("completeInterview", new { interviewId }, "interview { status }");
        return interviewId;
    }

    /// <summary>The interviewer submits a scorecard: both criteria rated 3, YES.</summary>
    public Task SubmitScorecardAsync(string interviewId) => Interviewer.Ok("submitScorecard", new
    {
        interviewId,
        ratings = new[] { new { criterionKey = "design", rating = 3, evidence = "Sharded the queue" }, new { criterionKey = "coding", rating = 3, evidence = "Clean tests" } },
        recommendation = "YES",
        summary = "Strong on system design.",
    }, "scorecard { status }");

    /// <summary>Runs the API's own dispatcher, round by round, until the deliveries query shows nothing pending; fails after 30 s.</summary>
    public async Task DrainAsync()
    {
        var dispatcher = Api.Services.GetRequiredService<DeliveryDispatcher>();
        var attempt = dispatcher.CreateAttempt();
        var clock = Stopwatch.StartNew();
        while (await PendingAsync() > 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "Deliveries still pending after 30 s: " + string.Join("; ", await DeliveriesAsync()));
            if (await dispatcher.DispatchOnceAsync(attempt, default) == 0)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>The installation's deliveries through GraphQL, oldest first.</summary>
    public async Task<List<DeliveryView>> DeliveriesAsync()
    {
        var data = await ClientAdmin.Query("""
            query($installation: ID!) { deliveries(first: 100, where: { installationId: { eq: $installation } }, order: [{ createdAt: ASC }]) {
              nodes { id eventType status attempts lastError externalId } } }
            """, new { installation = InstallationId });
        return [.. data.GetProperty("deliveries").GetProperty("nodes").EnumerateArray().Select(d => new DeliveryView(d.Str("id"), d.Str("eventType"),
            d.Str("status"), d.GetProperty("attempts").GetInt32(), d.GetProperty("lastError").GetString(), d.GetProperty("externalId").GetString()))];
    }

    /// <summary>
    /// A crash after the vendor answered and before anything was written: the delivery is pending again with no attempt
    /// counted and no external id (its lease long gone), and the connector's store lost the keys it wrote for it.
    /// </summary>
    public async Task LoseSettlementAsync(DeliveryView delivery, params string[] storeKeyPrefixes)
    {
        Assert.True(GlobalId.TryDecodeAs(delivery.Id, "Delivery", out var id), delivery.Id);
        await using var scope = Database.AsSystem(OrganizationId);
        var reset = await scope.Db.Deliveries.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.Attempts, 0)
            .SetProperty(d => d.ExternalId, (string?)null).SetProperty(d => d.DeliveredAt, (DateTime?)null));
        Assert.Equal(1, reset);
        foreach (var prefix in storeKeyPrefixes)
        {
            Assert.True(await scope.Db.ConnectorState.Where(s => s.Key.StartsWith(prefix)).ExecuteDeleteAsync() > 0, $"no store key {prefix}*");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Platform, ClientAdmin, Recruiter, Interviewer })
        {
            client?.Dispose();
        }

        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task<int> PendingAsync()
    {
        var data = await ClientAdmin.Query("""
            query($installation: ID!) { deliveries(where: { installationId: { eq: $installation }, status: { eq: PENDING } }) { totalCount } }
            """, new { installation = InstallationId });
        return data.GetProperty("deliveries").GetProperty("totalCount").GetInt32();
    }

    private async Task ArrangeAsync()
    {
        var versionId = await RegisterInterviewerAsync();
        var now = DateTimeOffset.UtcNow;
        EngagementId = (await ClientAdmin.Ok("createEngagement", new
        {
            rubricVersionId = versionId,
            title = "Backend engineers",
            brief = "The technical round.",
            atsJobId = Vendor.Job.JobId,
            atsStageId = Vendor.Job.StageId,
            atsInterviewTypeId = Vendor.Job.InterviewTypeId,
            atsHiringPlanInterviewId = Vendor.Job.HiringPlanInterviewId,
            pricing = new { model = "PER_INTERVIEW", currency = "EUR", budgetCap = 10_000m },
            serviceLevel = new { scheduleWithinDays = 5, feedbackWithinHours = 24 },
            weeklyCapacity = 20,
            startsAt = now.AddDays(-3),
            endsAt = now.AddDays(90),
            requiredLanguages = German,
        }, "engagement { id }")).Str("engagement.id");
        await ClientAdmin.Ok("openEngagement", new { engagementId = EngagementId }, "engagement { status }");
        await ClientAdmin.Ok("activateEngagement", new { engagementId = EngagementId }, "engagement { status }");
        AssignmentId = (await ClientAdmin.Ok("inviteInterviewer", new { engagementId = EngagementId, interviewerId = InterviewerId }, "assignment { id }"))
            .Str("assignment.id");
        await Interviewer.Ok("acceptAssignment", new { assignmentId = AssignmentId }, "assignment { status }");

        InstallationId = await InstallAsync();
        if (Vendor.InterviewerUser is { } user)
        {
            await ClientAdmin.Ok("mapInterviewer", new { installationId = InstallationId, interviewerId = InterviewerId, vendorUserId = user }, "mapping { id }");
        }
    }

    /// <summary>A published two-criterion rubric of the client's and an interviewer taken to ACTIVE, certified on it; returns the rubric version.</summary>
    private async Task<string> RegisterInterviewerAsync()
    {
        var now = DateTimeOffset.UtcNow;
        string[] anchors = ["Misses it", "Partly there", "Solid", "Exceptional"];
        var rubric = await ClientAdmin.Ok("createRubric", new
        {
            name = "Backend L2", roleFamily = "Engineering", passThreshold = 2.5m,
            criteria = new object[]
            {
                new { key = "design", title = "System design", weight = 0.6m, anchors },
                new { key = "coding", title = "Coding", weight = 0.4m, anchors },
            },
        }, "rubric { id versions { id } }");
        var rubricId = rubric.Str("rubric.id");
        var versionId = rubric.GetProperty("rubric").GetProperty("versions")[0].Str("id");
        await ClientAdmin.Ok("publishRubricVersion", new { versionId }, "version { status }");
        var interviewerId = (await Platform.Ok("registerInterviewer", new
        {
            name = "Ada Lovelace", email = $"ada.{Guid.NewGuid():N}@interviewers.example", countryCode = "DE", timeZone = "Europe/Berlin",
            rateCard = new { currency = "EUR", hourlyRate = 100m, perInterviewRate = 120m },
        }, "interviewer { id }")).Str("interviewer.id");
        await Platform.Ok("setInterviewerLanguage", new { interviewerId, code = "de", level = "NATIVE" }, "interviewer { id }");
        await Platform.Ok("classifyInterviewer", new { interviewerId, classification = "INDEPENDENT_CONTRACTOR", jurisdiction = "DE" }, "interviewer { id }");
        await Platform.Ok("recordInterviewerContract", new { interviewerId, signedAt = now.AddDays(-30), expiresAt = now.AddDays(365), ndaSignedAt = now.AddDays(-30) },
            "interviewer { id }");
        await Platform.Ok("certifyInterviewer", new { interviewerId, rubricId, certifiedAt = now.AddDays(-1), expiresAt = now.AddDays(365) }, "interviewer { id }");
        await Platform.Ok("changeInterviewerStatus", new { interviewerId, status = "ONBOARDING" }, "interviewer { status }");
        await Platform.Ok("changeInterviewerStatus", new { interviewerId, status = "ACTIVE" }, "interviewer { status }");
        Assert.True(GlobalId.TryDecode(interviewerId, out _, out var interviewerGuid), interviewerId);
        InterviewerId = interviewerId;
        Interviewer = Api.ClientAs(Role.Interviewer, null, interviewerGuid);
        return versionId;
    }

    /// <summary>installConnector with the vendor's settings; the plugins load in the background at start, so NOT_FOUND until the connector is there.</summary>
    private async Task<string> InstallAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await ClientAdmin.PostAsync("""
                mutation($input: InstallConnectorInput!) { installConnector(input: $input) { installation { id } errors { code message path } } }
                """, new
            {
                input = new
                {
                    connectorId = Vendor.ConnectorId, name = Vendor.ConnectorId, events = Vendor.Events,
                    settings = Vendor.Settings.Select(s => new { name = s.Name, value = s.Value }),
                },
            });
            Assert.False(response.HasErrors, response.Body);
            var payload = response.Data.GetProperty("installConnector");
            if (payload.GetProperty("installation").ValueKind == JsonValueKind.Object)
            {
                return payload.Str("installation.id");
            }

            var codes = payload.GetProperty("errors").EnumerateArray().Select(e => e.Str("code")).ToList();
            Assert.True(codes.SequenceEqual(["NOT_FOUND"]) && clock.Elapsed < TimeSpan.FromSeconds(20), payload.ToString());
            await Task.Delay(100);
        }
    }
}
