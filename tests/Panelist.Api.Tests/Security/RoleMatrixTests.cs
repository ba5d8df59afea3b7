using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.Security;

/// <summary>
/// Who may use which root field (DESIGN §4), who may read candidates' personal data, and that every such
/// read lands in the audit trail. One seeded SQLite world is shared: the refused and the allowed
/// mutations below are sent with inputs the domain refuses after its own role check, so nothing changes.
/// </summary>
public sealed class RoleMatrixTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Allowed = "allowed";
    private const string Forbidden = "FORBIDDEN";

    private static readonly string NoSuchRubricVersion = SeededWorld.Id("RubricVersion", Guid.Empty);
    private static readonly string NoSuchAssignment = SeededWorld.Id("Assignment", Guid.Empty);
    private static readonly string NoSuchInterview = SeededWorld.Id("Interview", Guid.Empty);

    /// <summary>Root field → a document that uses it. Mutations pass the role gate only to be refused by a rule.</summary>
    private static readonly Dictionary<string, string> Documents = new()
    {
        ["viewer"] = "{ viewer { role subject } }",
        ["interviewers"] = "{ interviewers(first: 2) { totalCount nodes { id name } } }",
        ["skills"] = "{ skills(first: 2) { totalCount nodes { id slug } } }",
        ["rubrics"] = "{ rubrics(first: 2) { totalCount nodes { id name } } }",
        ["engagements"] = "{ engagements(first: 2) { totalCount nodes { id title } } }",
        ["assignments"] = "{ assignments(first: 2) { totalCount nodes { id status } } }",
        ["interviews"] = "{ interviews(first: 2) { totalCount nodes { id status } } }",
        ["auditEntries"] = "{ auditEntries(first: 2) { totalCount nodes { id action } } }",
        ["verifyAuditTrail"] = "{ verifyAuditTrail { isValid entriesChecked } }",
        ["metrics"] = "{ metrics(scope: {}) { interviewsRequested passRate { value } } }",
        ["createSkill"] = """mutation { createSkill(input: { slug: "java", name: "Java", category: "Languages" }) { skill { id } errors { code } } }""",
        ["createEngagement"] = $$"""
            mutation { createEngagement(input: { rubricVersionId: "{{NoSuchRubricVersion}}", title: "Role matrix", weeklyCapacity: 5,
              startsAt: "2026-01-01T00:00:00Z", pricing: { model: PER_INTERVIEW, currency: "USD", budgetCap: 1000 },
              serviceLevel: { scheduleWithinDays: 3, feedbackWithinHours: 24 } }) { engagement { id } errors { code } } }
            """,
        ["acceptAssignment"] = $$"""mutation { acceptAssignment(input: { assignmentId: "{{NoSuchAssignment}}" }) { assignment { id } errors { code } } }""",
        ["submitScorecard"] = $$"""
            mutation { submitScorecard(input: { interviewId: "{{NoSuchInterview}}", recommendation: YES,
              ratings: [{ criterionKey: "coding", rating: 3 }] }) { scorecard { id } errors { code } } }
            """,
        ["interviewAudits"] = "{ interviewAudits(first: 2) { totalCount nodes { id score } } }",
        ["auditInterview"] = $$"""
            mutation { auditInterview(input: { interviewId: "{{NoSuchInterview}}", checklistId: "{{SeededWorld.Id("AuditChecklist", Guid.Empty)}}",
              findings: [] }) { audit { id } errors { code } } }
            """,
    };

    /// <summary>DESIGN §4 read as a table: rows are roles, columns the root fields above.</summary>
    private static readonly Dictionary<Role, string[]> AllowedFields = new()
    {
        [Role.PlatformAdmin] = ["viewer", "interviewers", "skills", "rubrics", "engagements", "assignments", "interviews", "auditEntries", "verifyAuditTrail", "metrics",
            "createSkill", "createEngagement", "acceptAssignment", "interviewAudits", "auditInterview"],
        [Role.ClientAdmin] = ["viewer", "interviewers", "skills", "rubrics", "engagements", "assignments", "interviews", "auditEntries", "verifyAuditTrail", "metrics",
            "createEngagement", "interviewAudits"],
        [Role.Recruiter] = ["viewer", "interviewers", "skills", "rubrics", "engagements", "assignments", "interviews", "metrics", "createEngagement"],
        [Role.Analyst] = ["viewer", "interviewers", "skills", "rubrics", "engagements", "assignments", "interviews", "metrics"],
        [Role.Auditor] = ["viewer", "interviewers", "skills", "rubrics", "engagements", "assignments", "interviews", "auditEntries", "verifyAuditTrail", "metrics",
            "interviewAudits"],

        // Platform staff reviewing samples for the organization they act in: audits, no client-side changes, no audit trail, no metrics.
        [Role.QualityReviewer] = ["viewer", "interviewers", "skills", "rubrics", "engagements", "assignments", "interviews", "interviewAudits", "auditInterview"],
        [Role.Interviewer] = ["viewer", "interviewers", "skills", "rubrics", "engagements", "assignments", "interviews", "acceptAssignment", "submitScorecard"],
    };

    public static TheoryData<Role, string, string> Matrix()
    {
        var data = new TheoryData<Role, string, string>();
        foreach (var (role, allowed) in AllowedFields)
        {
            foreach (var field in Documents.Keys)
            {
                data.Add(role, field, allowed.Contains(field) ? Allowed : Forbidden);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Root_field_answers_each_role_as_DESIGN_section_4_says(Role role, string field, string expected)
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var client = await ClientAsync(world, role);

        var response = await client.PostAsync(Documents[field]);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        if (expected == Forbidden && Documents[field].StartsWith("mutation", StringComparison.Ordinal))
        {
            // A refused mutation is a payload error like any other refusal; the response itself has no errors.
            Assert.False(response.HasErrors, response.Body);
            Assert.Equal([Forbidden], response.PayloadErrors(field));
            return;
        }

        if (expected == Forbidden)
        {
            var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
            Assert.Equal(Forbidden, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(field, error.GetProperty("path")[0].GetString());
            return;
        }

        Assert.False(response.HasErrors, response.Body);
        if (response.Data.GetProperty(field).TryGetProperty("errors", out _))
        {
            // Past the role gate, the domain refuses the input (a taken slug, an unknown id): nothing changes.
            var refusals = response.PayloadErrors(field);
            Assert.NotEmpty(refusals);
            Assert.DoesNotContain(Forbidden, refusals);
        }
    }

    [Fact]
    public async Task Analyst_is_FORBIDDEN_to_read_a_candidate_and_nothing_is_audited()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var analyst = world.As(Role.Analyst, world.Acme);
        var before = await CandidateViewsAsync(world);

        var response = await analyst.PostAsync("{ interviews(first: 3) { nodes { id candidate { name } } } }");

        Assert.Contains(Forbidden, response.ErrorCodes);
        Assert.Equal(before, await CandidateViewsAsync(world));
    }

    [Fact]
    public async Task Interviewer_reads_the_candidate_name_but_is_FORBIDDEN_the_email()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var interviewer = world.AsInterviewer(await BusyInterviewerAsync(world));

        var names = await interviewer.PostAsync("{ interviews(first: 3) { nodes { candidate { name atsCandidateId } } } }");
        var email = await interviewer.PostAsync("{ interviews(first: 3) { nodes { candidate { email } } } }");

        Assert.False(names.HasErrors, names.Body);
        var candidates = names.Data.GetProperty("interviews").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("candidate").GetProperty("name").GetString())));
        Assert.Contains(Forbidden, email.ErrorCodes);
    }

    [Fact]
    public async Task Recruiter_reads_the_candidate_email()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var recruiter = world.As(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("{ interviews(first: 3) { nodes { candidate { name email atsApplicationId } } } }");

        Assert.False(response.HasErrors, response.Body);
        Assert.All(response.Data.GetProperty("interviews").GetProperty("nodes").EnumerateArray(),
            c => Assert.Contains("@", c.GetProperty("candidate").GetProperty("email").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.Recruiter, "RECRUITER")]
    [InlineData(Role.ClientAdmin, "CLIENT_ADMIN")]
    [InlineData(Role.Auditor, "AUDITOR")]
    [InlineData(Role.Interviewer, "INTERVIEWER")]
    public async Task Every_candidate_read_appends_one_candidate_viewed_entry(Role role, string roleName)
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var interviewerId = await BusyInterviewerAsync(world);
        var read = await world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.InterviewerId == interviewerId)
            .OrderBy(i => i.Id).Select(i => new { i.Id, Candidate = i.CandidateId!.Value }).Take(3).ToListAsync());
        var candidates = read.Select(r => r.Candidate).Distinct().ToList();
        using var reader = role == Role.Interviewer ? world.AsInterviewer(interviewerId) : world.As(role, world.Acme);
        var before = await CandidateViewsAsync(world);

        var response = await reader.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Interview { id candidate { name } } } }",
            new { ids = read.Select(r => SeededWorld.Id("Interview", r.Id)).ToArray() });

        Assert.False(response.HasErrors, response.Body);
        Assert.Equal(before + candidates.Count, await CandidateViewsAsync(world));
        using var auditor = world.As(Role.Auditor, world.Acme);
        var latest = await auditor.PostAsync("""
            query($n: Int) { auditEntries(first: $n, where: { action: { eq: "candidate.viewed" } }) { nodes { subjectType subjectId actorRole } } }
            """, new { n = candidates.Count });
        var entries = latest.Data.GetProperty("auditEntries").GetProperty("nodes").EnumerateArray().ToList();
        // One entry per person read (their access log), not per interview that showed them.
        Assert.Equal(candidates.Select(id => SeededWorld.Id("Candidate", id)).Order(), entries.Select(e => e.GetProperty("subjectId").GetString()!).Order());
        Assert.All(entries, e => Assert.Equal(("Candidate", roleName), (e.GetProperty("subjectType").GetString(), e.GetProperty("actorRole").GetString())));
        var verified = await auditor.PostAsync("{ verifyAuditTrail { isValid } }");
        Assert.True(verified.Data.GetProperty("verifyAuditTrail").GetProperty("isValid").GetBoolean(), verified.Body);
    }

    [Fact]
    public async Task Anonymous_request_gets_401_UNAUTHENTICATED()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var anonymous = world.Api.Anonymous();

        var response = await anonymous.PostAsync("{ viewer { role } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Forged_token_gets_401_UNAUTHENTICATED()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var http = world.Api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6IlBMQVRGT1JNX0FETUlOIn0.");

        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ viewer { role } }" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<GraphQLClient> ClientAsync(SeededWorld world, Role role) => role switch
    {
        Role.Interviewer => world.AsInterviewer(await BusyInterviewerAsync(world)),
        Role.PlatformAdmin => world.As(role),
        _ => world.As(role, world.Acme),
    };

    /// <summary>An interviewer who holds some of acme's interviews.</summary>
    private static Task<Guid> BusyInterviewerAsync(SeededWorld world) =>
        world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.InterviewerId != null)
            .GroupBy(i => i.InterviewerId!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());

    private static async Task<int> CandidateViewsAsync(SeededWorld world)
    {
        using var auditor = world.As(Role.Auditor, world.Acme);
        var response = await auditor.PostAsync("""{ auditEntries(first: 1, where: { action: { eq: "candidate.viewed" } }) { totalCount } }""");
        Assert.False(response.HasErrors, response.Body);
        return response.Data.GetProperty("auditEntries").GetProperty("totalCount").GetInt32();
    }
}
