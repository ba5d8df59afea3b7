using System.Text.Json;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Flows;

/// <summary>
/// An interview's whole life over HTTP, each step by the role that does it in real life: the platform
/// sets up a skill, a rubric and an interviewer; a fresh client organization runs an engagement; the
/// interviewer accepts; a recruiter requests, schedules, is refused and cancels. Each test owns its database.
/// </summary>
public sealed class InterviewFlowTests
{
    private static readonly string[] German = ["de"];

    private static readonly DateTimeOffset Day = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(3);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Interview_life_over_HTTP_keeps_every_rule_and_a_valid_audit_trail(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organizationId = await CreateOrganizationAsync(database);
        await using var api = new PanelistApiFactory(database);
        using var platform = api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        using var clientAdmin = api.ClientAs(Role.ClientAdmin, organizationId);
        using var recruiter = api.ClientAs(Role.Recruiter, organizationId);

        var setup = await RegisterActiveInterviewerAsync(platform, clientAdmin);
        using var interviewer = api.ClientAs(Role.Interviewer, null, setup.InterviewerGuid);
        var (engagementId, assignmentId) = await StartEngagementAsync(clientAdmin, interviewer, setup, budgetCap: 200m);

        var interviews = new List<string>();
        foreach (var name in new[] { "Ada Lovelace", "Grace Hopper", "Edsger Dijkstra" })
        {
            var requested = await Ok(recruiter, "requestInterview", new { engagementId, candidate = new { name, email = $"{name.Replace(' ', '.')}@candidates.example" } },
                "interview { id status }");
            Assert.Equal("REQUESTED", requested.GetProperty("interview").GetProperty("status").GetString());
            interviews.Add(requested.GetProperty("interview").GetProperty("id").GetString()!);
        }

        var first = await Ok(recruiter, "scheduleInterview", Slot(interviews[0], assignmentId, Day.AddHours(10), Day.AddHours(11)),
            "interview { status cost currency scheduledStart interviewer { id } }");
        Assert.Equal("SCHEDULED", first.GetProperty("interview").GetProperty("status").GetString());
        Assert.Equal(120m, first.GetProperty("interview").GetProperty("cost").GetDecimal());
        Assert.Equal(setup.InterviewerId, first.GetProperty("interview").GetProperty("interviewer").GetProperty("id").GetString());

        var overlap = await Refused(recruiter, "scheduleInterview", Slot(interviews[1], assignmentId, Day.AddHours(10.5), Day.AddHours(11.5)));
        AssertUserError(overlap, "INTERVIEW_OVERLAP", "input", "scheduledStart");
        var overBudget = await Refused(recruiter, "scheduleInterview", Slot(interviews[1], assignmentId, Day.AddHours(13), Day.AddHours(14)));
        AssertUserError(overBudget, "BUDGET_EXCEEDED", "input", "assignmentId");

        var cancelled = await Ok(recruiter, "cancelInterview", new { interviewId = interviews[0], reason = "Candidate withdrew" },
            "interview { status cost cancellationReason }");
        Assert.Equal("CANCELLED", cancelled.GetProperty("interview").GetProperty("status").GetString());
        Assert.Equal(0m, cancelled.GetProperty("interview").GetProperty("cost").GetDecimal());
        // The cancelled booking frees both the slot and the budget.
        await Ok(recruiter, "scheduleInterview", Slot(interviews[1], assignmentId, Day.AddHours(10.5), Day.AddHours(11.5)), "interview { status }");

        var engagement = await recruiter.PostAsync("""
            query($id: ID!) { engagement(id: $id) {
              status
              interviews(first: 10) { totalCount nodes { id status } }
              scheduled: interviews(status: SCHEDULED) { totalCount nodes { id } }
              cancelled: interviews(status: CANCELLED) { totalCount nodes { id } }
            } }
            """, new { id = engagementId });
        Assert.False(engagement.HasErrors, engagement.Body);
        var e = engagement.Data.GetProperty("engagement");
        Assert.Equal("ACTIVE", e.GetProperty("status").GetString());
        Assert.Equal(3, e.GetProperty("interviews").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            new Dictionary<string, string> { [interviews[0]] = "CANCELLED", [interviews[1]] = "SCHEDULED", [interviews[2]] = "REQUESTED" },
            e.GetProperty("interviews").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("status").GetString()!));
        Assert.Equal([interviews[1]], Ids(e.GetProperty("scheduled")));
        Assert.Equal([interviews[0]], Ids(e.GetProperty("cancelled")));

        foreach (var client in new[] { clientAdmin, platform })
        {
            var verified = await client.PostAsync("{ verifyAuditTrail { isValid entriesChecked firstBrokenSequence reason } }");
            Assert.False(verified.HasErrors, verified.Body);
            Assert.True(verified.Data.GetProperty("verifyAuditTrail").GetProperty("isValid").GetBoolean(), verified.Body);
        }

        var trail = await clientAdmin.PostAsync("{ auditEntries(first: 100, order: [{ sequence: ASC }]) { nodes { action actorRole } } }");
        var actions = trail.Data.GetProperty("auditEntries").GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("action").GetString()} by {n.GetProperty("actorRole").GetString()}").ToList();
        Assert.Subset(actions.ToHashSet(), new HashSet<string>
        {
            "engagement.created by CLIENT_ADMIN", "assignment.invited by CLIENT_ADMIN", "assignment.accepted by INTERVIEWER",
            "interview.requested by RECRUITER", "interview.scheduled by RECRUITER", "interview.cancelled by RECRUITER",
        });
        // The two refused bookings left no trace.
        Assert.Equal((3, 2, 1), (actions.Count(a => a == "interview.requested by RECRUITER"), actions.Count(a => a == "interview.scheduled by RECRUITER"),
            actions.Count(a => a == "interview.cancelled by RECRUITER")));
    }

    /// <summary>UserError.path is documented as "the input field at fault": it must name a field the mutation's input has.</summary>
    [Fact]
    public async Task Refusal_paths_name_a_field_of_the_mutation_input()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organizationId = await CreateOrganizationAsync(database);
        await using var api = new PanelistApiFactory(database);
        using var platform = api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        using var clientAdmin = api.ClientAs(Role.ClientAdmin, organizationId);
        using var recruiter = api.ClientAs(Role.Recruiter, organizationId);
        var setup = await RegisterActiveInterviewerAsync(platform, clientAdmin);
        using var interviewer = api.ClientAs(Role.Interviewer, null, setup.InterviewerGuid);
        var (engagementId, assignmentId) = await StartEngagementAsync(clientAdmin, interviewer, setup, budgetCap: 1000m);
        var requested = await Ok(recruiter, "requestInterview", new { engagementId, candidate = new { name = "Alan Turing", email = "alan@candidates.example" } }, "interview { id }");
        var interviewId = requested.GetProperty("interview").GetProperty("id").GetString()!;
        await Ok(recruiter, "scheduleInterview", Slot(interviewId, assignmentId, Day.AddHours(9), Day.AddHours(10)), "interview { id }");

        var refusals = new List<(string Mutation, JsonElement Error)>
        {
            ("completeInterview", await Refused(recruiter, "completeInterview", new { interviewId })),
            ("recordInterviewerContract", await Refused(platform, "recordInterviewerContract",
                new { interviewerId = setup.InterviewerId, signedAt = Day, expiresAt = Day.AddDays(-1) })),
            ("setInterviewerLanguage", await Refused(platform, "setInterviewerLanguage", new { interviewerId = setup.InterviewerId, code = "zz", level = "NATIVE" })),
            ("scheduleInterview", await Refused(recruiter, "scheduleInterview", Slot(interviewId, assignmentId, Day.AddHours(12), Day.AddHours(11)))),
        };
        await Ok(recruiter, "pauseEngagement", new { engagementId }, "engagement { status }");
        refusals.Add(("scheduleInterview", await Refused(recruiter, "scheduleInterview", Slot(interviewId, assignmentId, Day.AddHours(12), Day.AddHours(13)))));

        var wrong = new List<string>();
        foreach (var (mutation, error) in refusals)
        {
            var fields = await InputFieldsAsync(recruiter, mutation);
            var path = error.GetProperty("path").ValueKind == JsonValueKind.Null ? null : error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!).ToList();
            if (path is not null && (path.Count < 2 || path[0] != "input" || !fields.Contains(path[1])))
            {
                wrong.Add($"{mutation} {error.GetProperty("code").GetString()} path [{string.Join(", ", path)}], input has [{string.Join(", ", fields)}]");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private sealed record PlatformSetup(string SkillId, string RubricId, string VersionId, string InterviewerId, Guid InterviewerGuid);

    private static async Task<Guid> CreateOrganizationAsync(TestDatabase database)
    {
        var organization = new Organization($"flow-{Guid.NewGuid():N}"[..24], "Flow Corporation");
        await using var scope = database.AsSystem(Organization.PlatformId);
        scope.Db.Organizations.Add(organization);
        await scope.Db.SaveChangesAsync();
        return organization.Id;
    }

    /// <summary>A skill, a published two-criterion rubric of the client (kept by its admin) and an interviewer taken from APPLICANT to ACTIVE.</summary>
    private static async Task<PlatformSetup> RegisterActiveInterviewerAsync(GraphQLClient platform, GraphQLClient keeper)
    {
        var now = DateTimeOffset.UtcNow;
        var skill = await Ok(platform, "createSkill", new { slug = $"flow-{Guid.NewGuid():N}"[..20], name = "Flow testing", category = "Testing" }, "skill { id slug }");
        var skillId = skill.GetProperty("skill").GetProperty("id").GetString()!;
        string[] anchors = ["Misses it", "Partly there", "Solid", "Exceptional"];
        var rubric = await Ok(keeper, "createRubric", new
        {
            name = "Flow engineer",
            roleFamily = "Engineering",
            passThreshold = 2.5m,
            criteria = new object[]
            {
                new { key = "problem_solving", title = "Problem solving", weight = 0.6m, anchors },
                new { key = "communication", title = "Communication", weight = 0.4m, anchors },
            },
        }, "rubric { id versions { id status criteria { key } } }");
        var rubricId = rubric.GetProperty("rubric").GetProperty("id").GetString()!;
        var draft = rubric.GetProperty("rubric").GetProperty("versions")[0];
        Assert.Equal("DRAFT", draft.GetProperty("status").GetString());
        Assert.Equal(2, draft.GetProperty("criteria").GetArrayLength());
        var versionId = draft.GetProperty("id").GetString()!;
        var published = await Ok(keeper, "publishRubricVersion", new { versionId }, "version { status publishedAt }");
        Assert.Equal("PUBLISHED", published.GetProperty("version").GetProperty("status").GetString());

        var registered = await Ok(platform, "registerInterviewer", new
        {
            name = "Fiona Flow",
            email = $"fiona.{Guid.NewGuid():N}@interviewers.example",
            countryCode = "DE",
            timeZone = "Europe/Berlin",
            rateCard = new { currency = "EUR", hourlyRate = 100m, perInterviewRate = 120m },
        }, "interviewer { id status }");
        var interviewerId = registered.GetProperty("interviewer").GetProperty("id").GetString()!;
        Assert.Equal("APPLICANT", registered.GetProperty("interviewer").GetProperty("status").GetString());
        await Ok(platform, "setInterviewerSkill", new { interviewerId, skillId, level = 4, years = 6 }, "interviewer { id }");
        await Ok(platform, "setInterviewerLanguage", new { interviewerId, code = "de", level = "NATIVE" }, "interviewer { id }");
        await Ok(platform, "classifyInterviewer", new { interviewerId, classification = "INDEPENDENT_CONTRACTOR", jurisdiction = "DE" }, "interviewer { id }");
        await Ok(platform, "recordInterviewerContract", new { interviewerId, signedAt = now.AddDays(-30), expiresAt = now.AddDays(365), ndaSignedAt = now.AddDays(-30) },
            "interviewer { id }");
        await Ok(platform, "certifyInterviewer", new { interviewerId, rubricId, certifiedAt = now.AddDays(-1), expiresAt = now.AddDays(365) }, "interviewer { id }");
        await Ok(platform, "changeInterviewerStatus", new { interviewerId, status = "ONBOARDING" }, "interviewer { status }");
        var active = await Ok(platform, "changeInterviewerStatus", new { interviewerId, status = "ACTIVE" },
            "interviewer { status skills { level skill { id } } languages { code level } certifications { valid rubric { id } } }");
        var profile = active.GetProperty("interviewer");
        Assert.Equal("ACTIVE", profile.GetProperty("status").GetString());
        Assert.Equal(skillId, profile.GetProperty("skills")[0].GetProperty("skill").GetProperty("id").GetString());
        Assert.True(profile.GetProperty("certifications")[0].GetProperty("valid").GetBoolean());
        Assert.True(GlobalId.TryDecode(interviewerId, out _, out var guid));
        return new PlatformSetup(skillId, rubricId, versionId, interviewerId, guid);
    }

    /// <summary>The client admin creates, opens and activates an engagement and invites the interviewer, who accepts.</summary>
    private static async Task<(string EngagementId, string AssignmentId)> StartEngagementAsync(GraphQLClient clientAdmin, GraphQLClient interviewer, PlatformSetup setup, decimal budgetCap)
    {
        var created = await Ok(clientAdmin, "createEngagement", new
        {
            rubricVersionId = setup.VersionId,
            title = "Backend engineers",
            brief = "Two rounds; this is the technical one.",
            pricing = new { model = "PER_INTERVIEW", currency = "EUR", budgetCap },
            serviceLevel = new { scheduleWithinDays = 5, feedbackWithinHours = 24 },
            weeklyCapacity = 10,
            startsAt = Day.AddDays(-3),
            endsAt = Day.AddDays(90),
            requiredLanguages = German,
            requiredSkills = new[] { new { skillId = setup.SkillId, minLevel = 3 } },
        }, "engagement { id status rubricVersion { id } }");
        var engagementId = created.GetProperty("engagement").GetProperty("id").GetString()!;
        Assert.Equal("DRAFT", created.GetProperty("engagement").GetProperty("status").GetString());
        Assert.Equal("OPEN", (await Ok(clientAdmin, "openEngagement", new { engagementId }, "engagement { status }")).GetProperty("engagement").GetProperty("status").GetString());
        Assert.Equal("ACTIVE", (await Ok(clientAdmin, "activateEngagement", new { engagementId }, "engagement { status }")).GetProperty("engagement").GetProperty("status").GetString());
        var invited = await Ok(clientAdmin, "inviteInterviewer", new { engagementId, interviewerId = setup.InterviewerId }, "assignment { id status agreedRate currency }");
        var assignmentId = invited.GetProperty("assignment").GetProperty("id").GetString()!;
        Assert.Equal("INVITED", invited.GetProperty("assignment").GetProperty("status").GetString());
        Assert.Equal(120m, invited.GetProperty("assignment").GetProperty("agreedRate").GetDecimal());
        var accepted = await Ok(interviewer, "acceptAssignment", new { assignmentId }, "assignment { status respondedAt }");
        Assert.Equal("ACCEPTED", accepted.GetProperty("assignment").GetProperty("status").GetString());
        return (engagementId, assignmentId);
    }

    private static object Slot(string interviewId, string assignmentId, DateTimeOffset start, DateTimeOffset end) =>
        new { interviewId, assignmentId, scheduledStart = start, scheduledEnd = end };

    private static Task<JsonElement> SendAsync(GraphQLClient client, string mutation, object input, string selection) =>
        RelayCalls.SendMutationAsync(client, mutation, input, selection);

    private static Task<JsonElement> Ok(GraphQLClient client, string mutation, object input, string selection) =>
        RelayCalls.OkAsync(client, mutation, input, selection);

    /// <summary>The one payload error of a refused mutation, whose result is null.</summary>
    private static async Task<JsonElement> Refused(GraphQLClient client, string mutation, object input)
    {
        var payload = await SendAsync(client, mutation, input, "__typename");
        return Assert.Single(payload.GetProperty("errors").EnumerateArray());
    }

    private static void AssertUserError(JsonElement error, string code, params string[] path)
    {
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(path, error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    private static async Task<HashSet<string>> InputFieldsAsync(GraphQLClient client, string mutation)
    {
        var name = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.PostAsync("query($name: String!) { __type(name: $name) { inputFields { name } } }", new { name });
        return [.. response.Data.GetProperty("__type").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}
