using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Quality;

/// <summary>
/// Issue 15 item 3 over HTTP: quality reviewers publish versioned checklists, audit completed interviews
/// (score = weighted pass share) and draw recorded, deterministic samples; other organizations see none of it.
/// </summary>
public sealed class InterviewAuditApiTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Checklist = "checklist { id name number status passMark items { key weight } }";

    private static readonly DateTime From = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_published_checklist_never_changes_and_an_audit_scores_the_weighted_pass_share_against_the_pass_mark(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var items = new[] { new { key = "rubric_followed", title = "Rubric followed", weight = 2m }, new { key = "on_time", title = "Started on time", weight = 1m },
            new { key = "evidence", title = "Evidence per rating", weight = 1m } };
        var draft = (await reviewer.Ok("createAuditChecklist", new { name = "Conduct", items, passMark = 0.75m }, Checklist)).At("checklist");
        var interviews = await CompletedAsync(world, 3);
        var inProgress = await world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.Status == InterviewStatus.Scheduled).Select(i => i.Id).FirstAsync());
        object Audit(Guid interview, string checklist, params (string Key, bool Passed)[] findings) => new
        {
            interviewId = SeededWorld.Id("Interview", interview), checklistId = checklist,
            findings = findings.Select(f => new { itemKey = f.Key, passed = f.Passed, note = f.Passed ? null : "Missed it" }),
        };
        var all = new[] { ("rubric_followed", true), ("on_time", true), ("evidence", false) };

        var onDraft = await reviewer.Refused("auditInterview", Audit(interviews[0], draft.Str("id")!, all), "audit");
        var published = (await reviewer.Ok("publishAuditChecklist", new { checklistId = draft.Str("id") }, Checklist)).At("checklist");
        var edit = await reviewer.Refused("editAuditChecklistDraft", new { checklistId = draft.Str("id"), items, passMark = 0.5m }, "checklist");
        var next = (await reviewer.Ok("createAuditChecklist", new { name = "Conduct", items = items.Take(1), passMark = 1m }, Checklist)).At("checklist");
        var audit = (await reviewer.Ok("auditInterview", Audit(interviews[0], draft.Str("id")!, all),
            "audit { score passed findings { itemKey passed note } checklist { number } interview { id } }")).At("audit");
        var failing = (await reviewer.Ok("auditInterview", Audit(interviews[1], draft.Str("id")!, ("rubric_followed", false), ("on_time", true), ("evidence", true)),
            "audit { score passed }")).At("audit");

        Assert.Equal("AUDIT_CHECKLIST_NOT_PUBLISHED", onDraft.Str("code"));
        Assert.Equal(("PUBLISHED", 1), (published.Str("status"), published.Number("number")));
        FlowApi.AssertUserError(edit, "AUDIT_CHECKLIST_PUBLISHED", "input", "checklistId");
        Assert.Equal((2, "DRAFT"), (next.Number("number"), next.Str("status")));
        // (2 + 1) / 4 = 0.75 reaches the pass mark 0.75 exactly; (1 + 1) / 4 = 0.5 does not.
        Assert.Equal((0.75m, true), (audit.Dec("score"), audit.At("passed").GetBoolean()));
        Assert.Equal(["rubric_followed", "on_time", "evidence"], audit.At("findings").Each("itemKey"));
        Assert.Equal((0.5m, false), (failing.Dec("score"), failing.At("passed").GetBoolean()));
        Assert.Equal("AUDIT_ALREADY_RECORDED", (await reviewer.Refused("auditInterview", Audit(interviews[0], draft.Str("id")!, all), "audit")).Str("code"));
        FlowApi.AssertUserError(await reviewer.Refused("auditInterview", Audit(interviews[2], published.Str("id")!, ("rubric_followed", true)), "audit"),
            "AUDIT_ITEM_MISSING", "input", "findings");
        FlowApi.AssertUserError(await reviewer.Refused("auditInterview", Audit(interviews[2], published.Str("id")!, ("made_up", true)), "audit"),
            "AUDIT_ITEM_UNKNOWN", "input", "findings", "0", "itemKey");
        Assert.Equal("INTERVIEW_NOT_COMPLETED", (await reviewer.Refused("auditInterview", Audit(inProgress, published.Str("id")!, all), "audit")).Str("code"));
        Assert.Equal("FORBIDDEN", (await recruiter.Refused("auditInterview", Audit(interviews[2], published.Str("id")!, all), "audit")).Str("code"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Audits_of_one_organization_are_invisible_to_another_organization_s_reviewer_and_recruiter(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        using var globexReviewer = world.As(Role.QualityReviewer, world.Globex);
        using var globexAdmin = world.As(Role.ClientAdmin, world.Globex);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var checklist = (await reviewer.Ok("createAuditChecklist", new { name = "Tenancy", items = new[] { new { key = "ok", title = "OK", weight = 1m } }, passMark = 1m },
            "checklist { id }")).Str("checklist.id");
        await reviewer.Ok("publishAuditChecklist", new { checklistId = checklist }, "checklist { id }");
        var interview = (await CompletedAsync(world, 4))[3];
        var audit = (await reviewer.Ok("auditInterview", new
        {
            interviewId = SeededWorld.Id("Interview", interview), checklistId = checklist, findings = new[] { new { itemKey = "ok", passed = true, note = (string?)null } },
        }, "audit { id }")).Str("audit.id");
        const string Read = "query($id: ID!) { node(id: $id) { id } interviewAudits(first: 100) { nodes { id } } }";

        var own = await reviewer.PostAsync(Read, new { id = audit });
        var foreignReviewer = await globexReviewer.PostAsync(Read, new { id = audit });
        var foreignAdmin = await globexAdmin.PostAsync(Read, new { id = audit });
        var acmeRecruiter = await recruiter.PostAsync(Read, new { id = audit });
        var globexAudits = await globexReviewer.Refused("auditInterview", new
        {
            interviewId = SeededWorld.Id("Interview", interview), checklistId = checklist, findings = new[] { new { itemKey = "ok", passed = false, note = (string?)null } },
        }, "audit");

        Assert.Equal(audit, own.Data.Str("node.id"));
        Assert.Contains(audit, SeededWorld.Ids(own.Data.At("interviewAudits.nodes")));
        foreach (var foreign in new[] { foreignReviewer, foreignAdmin })
        {
            Assert.True(foreign.Data.IsNull("node"));
            Assert.DoesNotContain(audit, SeededWorld.Ids(foreign.Data.At("interviewAudits.nodes")));
        }

        Assert.Equal("NOT_FOUND", globexAudits.Str("code"));
        Assert.Contains("FORBIDDEN", acmeRecruiter.ErrorCodes);
        Assert.True(acmeRecruiter.Data.IsNull("interviewAudits"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_window_is_sampled_once_with_the_policy_s_shares_and_a_second_reviewer_gets_the_same_interviews(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        using var secondReviewer = world.Api.ClientAs(Role.QualityReviewer, world.Acme);
        using var globexReviewer = world.As(Role.QualityReviewer, world.Globex);
        using var analyst = world.As(Role.Analyst, world.Acme);
        const string Sample = "sample { id windowStart items { interviewId interviewer { id } reason share completedInWindow } }";
        var policy = (await reviewer.Ok("setAuditSamplingPolicy", new { baseShare = 0.3m, newInterviewerShare = 1m, newInterviewerThreshold = 3, flaggedShare = 0.8m },
            "policy { isPlatformDefault baseShare newInterviewerShare newInterviewerThreshold flaggedShare }")).At("policy");
        var badShare = await reviewer.Refused("setAuditSamplingPolicy", new { baseShare = 1.5m, newInterviewerShare = 1m, newInterviewerThreshold = 3, flaggedShare = 0.8m }, "policy");
        var platformByReviewer = await reviewer.Refused("setAuditSamplingPolicy",
            new { platformDefault = true, baseShare = 0.2m, newInterviewerShare = 1m, newInterviewerThreshold = 3, flaggedShare = 0.8m }, "policy");
        var globexPolicy = await globexReviewer.Query("{ auditSamplingPolicy { isPlatformDefault baseShare } }");
        var expected = await ExpectedSampleAsync(world, 0.3m, 1m, 3, 0.8m);

        var first = (await reviewer.Ok("drawAuditSample", new { from = "2000-01-01T00:00:00Z", to = "2099-01-01T00:00:00Z" }, Sample)).At("sample");
        var second = (await secondReviewer.Ok("drawAuditSample", new { from = "2000-01-01T00:00:00Z", to = "2099-01-01T00:00:00Z" }, Sample)).At("sample");
        var reversed = await reviewer.Refused("drawAuditSample", new { from = "2099-01-01T00:00:00Z", to = "2000-01-01T00:00:00Z" }, "sample");

        Assert.False(policy.At("isPlatformDefault").GetBoolean());
        FlowApi.AssertUserError(badShare, "VALIDATION_FAILED", "input", "baseShare");
        Assert.Equal("FORBIDDEN", platformByReviewer.Str("code"));
        Assert.True(globexPolicy.At("auditSamplingPolicy.isPlatformDefault").GetBoolean());
        Assert.Equal(0.1m, globexPolicy.Dec("auditSamplingPolicy.baseShare"));
        Assert.Equal(first.Str("id"), second.Str("id"));
        Assert.Equal(first.At("items").GetRawText(), second.At("items").GetRawText());
        Assert.Equal(expected.Select(e => (e.Interview, e.Reason)).Order(),
            first.At("items").EnumerateArray().Select(i => (i.Str("interviewId")!, i.Str("reason")!)).Order());
        Assert.Contains(first.At("items").EnumerateArray(), i => i.Str("reason") == "BASE");
        Assert.Equal("INVALID_TIME_RANGE", reversed.Str("code"));
        var foreign = await globexReviewer.PostAsync("query($id: ID!) { node(id: $id) { id } auditSamples(first: 10) { totalCount } }", new { id = first.Str("id") });
        Assert.True(foreign.Data.IsNull("node"));
        Assert.Equal(0, foreign.Data.Number("auditSamples.totalCount"));
        Assert.Contains("FORBIDDEN", (await analyst.PostAsync("{ auditSamples(first: 1) { totalCount } }")).ErrorCodes);
    }

    private static Task<List<Guid>> CompletedAsync(SeededWorld world, int count) =>
        world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.Status == InterviewStatus.Completed && i.InterviewerId != null)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(count).ToListAsync());

    /// <summary>The sample recomputed from the rows: per interviewer the share of DESIGN's policy, the interviews ordered by the published hash.</summary>
    private static async Task<List<(string Interview, string Reason)>> ExpectedSampleAsync(SeededWorld world, decimal baseShare, decimal newShare, int threshold,
        decimal flaggedShare)
    {
        return await world.ReadAsync(world.Acme, async db =>
        {
            var completed = await db.Interviews.Where(i => i.Status == InterviewStatus.Completed && i.InterviewerId != null)
                .Select(i => new { i.Id, Interviewer = i.InterviewerId!.Value }).ToListAsync();
            var experience = (await db.Interviews.IgnoreQueryFilters().Where(i => i.Status == InterviewStatus.Completed && i.InterviewerId != null)
                .Select(i => i.InterviewerId!.Value).ToListAsync()).CountBy(id => id).ToDictionary();
            var audits = await db.InterviewAudits.Select(a => new { a.InterviewerId, a.CreatedAt, a.Id, a.Passed }).ToListAsync();
            var flagged = audits.GroupBy(a => a.InterviewerId).Where(g => !g.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).First().Passed)
                .Select(g => g.Key).ToHashSet();
            var result = new List<(string, string)>();
            foreach (var group in completed.GroupBy(c => c.Interviewer))
            {
                var isNew = experience.GetValueOrDefault(group.Key) < threshold;
                var (share, reason) = (baseShare, "BASE");
                if (isNew && newShare > share)
                {
                    (share, reason) = (newShare, "NEW_INTERVIEWER");
                }

                if (flagged.Contains(group.Key) && flaggedShare > share)
                {
                    (share, reason) = (flaggedShare, "FLAGGED");
                }

                var take = (int)Math.Ceiling(share * group.Count());
                result.AddRange(group.OrderBy(c => Hash(world.Acme, c.Id), StringComparer.Ordinal).Take(take).Select(c => (SeededWorld.Id("Interview", c.Id), reason)));
            }

            return result;
        });
    }

    private static string Hash(Guid organization, Guid interview) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{organization:N}|{From:O}|{To:O}|{interview:N}"))));
}
