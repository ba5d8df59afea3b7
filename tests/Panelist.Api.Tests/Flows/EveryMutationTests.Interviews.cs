using System.Text.Json;
using Panelist.Api.Tests.Support;

namespace Panelist.Api.Tests.Flows;

/// <summary>The second half of <see cref="EveryMutationTests"/>: interviews, scorecards, feedback, removal, closing, the root queries and the audit trail.</summary>
public sealed partial class EveryMutationTests
{
    private const string ScorecardFields = """
        id status recommendation summary revision weightedScore passed submittedAt amendedAt
        ratings { criterionKey rating evidence } rubricVersion { id } interview { id } interviewer { id }
        """;

    /// <summary>
    /// updateCandidate, completeInterview (the interviewer), markInterviewNoShow, saveScorecardDraft, submitScorecard,
    /// amendScorecard, recordCandidateFeedback (twice), removeAssignment and closeEngagement (each cancelling an interview to come); interview(id).
    /// </summary>
    private static async Task InterviewsAsync(World w, EngagementRefs first, EngagementRefs second)
    {
        var t0 = w.Clock.GetUtcNow();
        var ids = new List<string>();
        foreach (var (engagement, name) in new[] { (first, "Ada Lovelace"), (first, "Grace Hopper"), (first, "Edsger Dijkstra"), (second, "Barbara Liskov") })
        {
            var candidate = new { name, email = $"{name.Replace(' ', '.')}@candidates.example" };
            ids.Add((await w.Recruiter.Ok("requestInterview", new { engagementId = engagement.EngagementId, candidate }, "interview { id }")).Str("interview.id")!);
        }

        var (held, noShow, upcoming, closing) = (ids[0], ids[1], ids[2], ids[3]);
        var candidateFields = "candidate { name email atsCandidateId atsApplicationId }";
        var corrected = (await w.Recruiter.Ok("updateCandidate", new
        {
            interviewId = held,
            candidate = new { name = "Ada King", email = "ada.king@candidates.example", atsCandidateId = "C-1815", atsApplicationId = "APP-1843" },
        }, $"interview {{ id status {candidateFields} }}")).At("interview");
        Assert.Equal((held, "REQUESTED"), (corrected.Str("id"), corrected.Str("status")));
        AssertCandidate(corrected);
        AssertCandidate((await w.ClientAdmin.Query($"query($id: ID!) {{ interview(id: $id) {{ {candidateFields} }} }}", new { id = held })).At("interview"));

        foreach (var (interviewId, assignment, fromHour) in new[] { (held, first, 1), (noShow, first, 2), (upcoming, first, 26), (closing, second, 5) })
        {
            await w.Recruiter.Ok("scheduleInterview", new { interviewId, assignmentId = assignment.AssignmentId,
                scheduledStart = t0.AddHours(fromHour), scheduledEnd = t0.AddHours(fromHour + 1) }, "interview { id }");
        }

        // Past the end of the first two slots; the other two are still to come.
        w.Clock.Advance(TimeSpan.FromHours(3.5));
        var now = w.Clock.GetUtcNow();
        var completed = (await w.Interviewer.Ok("completeInterview", new { interviewId = held }, "interview { id status completedAt cost currency }")).At("interview");
        Assert.Equal((held, "COMPLETED", now, 150m, "EUR"),
            (completed.Str("id"), completed.Str("status"), completed.Instant("completedAt"), completed.Dec("cost"), completed.Str("currency")));
        var missed = (await w.Recruiter.Ok("markInterviewNoShow", new { interviewId = noShow, candidateMissing = true }, "interview { id status completedAt cost }")).At("interview");
        Assert.Equal((noShow, "NO_SHOW_CANDIDATE", now, 150m), (missed.Str("id"), missed.Str("status"), missed.Instant("completedAt"), missed.Dec("cost")));

        var draft = (await w.Interviewer.Ok("saveScorecardDraft", new
        {
            interviewId = held,
            ratings = new[] { new { criterionKey = "problem_solving", rating = 3, evidence = "Clean decomposition" } },
            recommendation = "YES",
            summary = "Half written",
        }, $"scorecard {{ {ScorecardFields} }}")).At("scorecard");
        Assert.Equal(("DRAFT", 0, "YES", "Half written"), (draft.Str("status"), draft.Number("revision"), draft.Str("recommendation"), draft.Str("summary")));
        Assert.True(draft.IsNull("weightedScore") && draft.IsNull("passed") && draft.IsNull("submittedAt"));
        Assert.Equal(("problem_solving", 3, "Clean decomposition"), (Assert.Single(draft.At("ratings").EnumerateArray()).Str("criterionKey"),
            draft.Number("ratings.0.rating"), draft.Str("ratings.0.evidence")));
        Assert.Equal((w.Catalog.Version1Id, held, w.InterviewerId), (draft.Str("rubricVersion.id"), draft.Str("interview.id"), draft.Str("interviewer.id")));
        var scorecardId = draft.Str("id")!;

        var submitted = (await w.Interviewer.Ok("submitScorecard", Content(held, 3, 4, "YES", "Strong on design"), $"scorecard {{ {ScorecardFields} }}")).At("scorecard");
        Assert.Equal((scorecardId, "SUBMITTED", 1, 3.4m, true), (submitted.Str("id"), submitted.Str("status"), submitted.Number("revision"), submitted.Dec("weightedScore"),
            submitted.At("passed").GetBoolean()));
        Assert.Equal((now, "Strong on design"), (submitted.Instant("submittedAt"), submitted.Str("summary")));
        Assert.Equal([3, 4], submitted.At("ratings").EnumerateArray().Select(r => r.Number("rating")));

        var amend = Merge(Content(held, 2, 2, "NO", "Weaker on review"), new { reason = "Calibration review" });
        var amended = (await w.Interviewer.Ok("amendScorecard", amend,
            $"scorecard {{ {ScorecardFields} previousRevisions {{ revision recommendation summary weightedScore submittedAt amendmentReason recordedAt ratings {{ criterionKey rating }} }} }}"))
            .At("scorecard");
        Assert.Equal((scorecardId, "AMENDED", 2, 2m, false, "NO"), (amended.Str("id"), amended.Str("status"), amended.Number("revision"), amended.Dec("weightedScore"),
            amended.At("passed").GetBoolean(), amended.Str("recommendation")));
        Assert.Equal(now, amended.Instant("amendedAt"));
        var previous = Assert.Single(amended.At("previousRevisions").EnumerateArray());
        Assert.Equal((1, "YES", "Strong on design", 3.4m, "Calibration review"), (previous.Number("revision"), previous.Str("recommendation"), previous.Str("summary"),
            previous.Dec("weightedScore"), previous.Str("amendmentReason")));
        Assert.Equal((now, now), (previous.Instant("submittedAt"), previous.Instant("recordedAt")));
        Assert.Equal([3, 4], previous.At("ratings").EnumerateArray().Select(r => r.Number("rating")));

        var feedback = (await w.Recruiter.Ok("recordCandidateFeedback", new { interviewId = held, score = 9, comment = "Well prepared" },
            "candidateFeedback { id score comment createdAt }")).At("candidateFeedback");
        Assert.Equal((9, "Well prepared"), (feedback.Number("score"), feedback.Str("comment")));
        var again = await w.Recruiter.Refused("recordCandidateFeedback", new { interviewId = held, score = 2 }, "candidateFeedback");
        FlowApi.AssertUserError(again, "FEEDBACK_ALREADY_RECORDED", "input", "interviewId");

        var read = (await w.ClientAdmin.Query("""
            query($id: ID!) { interview(id: $id) { id status requestedAt scheduledStart scheduledEnd completedAt cost currency
              engagement { id } assignment { id } interviewer { id }
              scorecard { id status revision weightedScore passed previousRevisions { revision weightedScore } }
              candidateFeedback { id score comment } } }
            """, new { id = held })).At("interview");
        Assert.Equal(("COMPLETED", t0, t0.AddHours(1), t0.AddHours(2), now), (read.Str("status"), read.Instant("requestedAt"), read.Instant("scheduledStart"),
            read.Instant("scheduledEnd"), read.Instant("completedAt")));
        Assert.Equal((first.EngagementId, first.AssignmentId, w.InterviewerId), (read.Str("engagement.id"), read.Str("assignment.id"), read.Str("interviewer.id")));
        Assert.Equal((scorecardId, "AMENDED", 2, 2m, 1), (read.Str("scorecard.id"), read.Str("scorecard.status"), read.Number("scorecard.revision"),
            read.Dec("scorecard.weightedScore"), read.Number("scorecard.previousRevisions.0.revision")));
        Assert.Equal((feedback.Str("id"), 9, "Well prepared"), (read.Str("candidateFeedback.id"), read.Number("candidateFeedback.score"), read.Str("candidateFeedback.comment")));

        var removed = (await w.ClientAdmin.Ok("removeAssignment", new { assignmentId = first.AssignmentId, reason = "Rotation" }, "assignment { id status removedAt }")).At("assignment");
        Assert.Equal((first.AssignmentId, "REMOVED", now), (removed.Str("id"), removed.Str("status"), removed.Instant("removedAt")));
        var cancelled = (await w.Recruiter.Query("query($id: ID!) { interview(id: $id) { status cancelledAt cancellationReason cost } }", new { id = upcoming })).At("interview");
        Assert.Equal(("CANCELLED", now, "Interviewer removed from the engagement", 0m),
            (cancelled.Str("status"), cancelled.Instant("cancelledAt"), cancelled.Str("cancellationReason"), cancelled.Dec("cost")));

        var closed = (await w.ClientAdmin.Ok("closeEngagement", new { engagementId = second.EngagementId, reason = "Role filled" },
            "engagement { id status closedAt interviews(first: 10) { totalCount nodes { id status cancellationReason cost } } }")).At("engagement");
        Assert.Equal((second.EngagementId, "CLOSED", now), (closed.Str("id"), closed.Str("status"), closed.Instant("closedAt")));
        var closedInterview = Assert.Single(closed.At("interviews.nodes").EnumerateArray());
        Assert.Equal((closing, "CANCELLED", "Engagement closed: Role filled", 0m),
            (closedInterview.Str("id"), closedInterview.Str("status"), closedInterview.Str("cancellationReason"), closedInterview.Dec("cost")));
        Assert.Equal("CANCELLED", (await w.Recruiter.Query("query($id: ID!) { interview(id: $id) { status } }", new { id = closing })).Str("interview.status"));

        await QueriesAsync(w, first, second, new Dictionary<string, string?> { [held] = "COMPLETED", [noShow] = "NO_SHOW_CANDIDATE", [upcoming] = "CANCELLED", [closing] = "CANCELLED" });
    }

    /// <summary>viewer, assignments, interviews (staff and interviewer), auditEntries and verifyAuditTrail, for the client and the platform.</summary>
    private static async Task QueriesAsync(World w, EngagementRefs first, EngagementRefs second, Dictionary<string, string?> interviews)
    {
        var me = (await w.Interviewer.Query("{ viewer { role subject organization { id } interviewer { id name email } } }")).At("viewer");
        Assert.Equal(("INTERVIEWER", w.InterviewerId, "Fiona Fischer"), (me.Str("role"), me.Str("interviewer.id"), me.Str("interviewer.name")));
        Assert.True(me.IsNull("organization"));
        Assert.StartsWith("fiona.", me.Str("interviewer.email"));
        var staff = (await w.Recruiter.Query("{ viewer { role subject organization { id slug name isPlatform } interviewer { id } } }")).At("viewer");
        Assert.Equal(("RECRUITER", "Every Mutation GmbH", false), (staff.Str("role"), staff.Str("organization.name"), staff.At("organization.isPlatform").GetBoolean()));
        Assert.StartsWith("flow-", staff.Str("organization.slug"));
        Assert.False(string.IsNullOrEmpty(staff.Str("subject")));
        Assert.True(staff.IsNull("interviewer"));

        var own = (await w.Interviewer.Query("{ assignments(first: 10) { totalCount nodes { id status engagement { id } } } }")).At("assignments");
        Assert.Equal(2, own.Number("totalCount"));
        Assert.Equal(new Dictionary<string, string?> { [first.AssignmentId] = "REMOVED", [second.AssignmentId] = "ACCEPTED" }, own.At("nodes").ById("status"));
        Assert.Equal(new Dictionary<string, string?> { [first.AssignmentId] = first.EngagementId, [second.AssignmentId] = second.EngagementId }, own.At("nodes").ById("engagement.id"));
        var onFirst = (await w.ClientAdmin.Query("query($e: ID!) { assignments(where: { engagementId: { eq: $e } }) { totalCount nodes { id status removedAt } } }",
            new { e = first.EngagementId })).At("assignments");
        Assert.Equal((1, first.AssignmentId, "REMOVED"), (onFirst.Number("totalCount"), onFirst.Str("nodes.0.id"), onFirst.Str("nodes.0.status")));

        var mine = (await w.Interviewer.Query("{ interviews(first: 10) { totalCount nodes { id status } } }")).At("interviews");
        Assert.Equal(4, mine.Number("totalCount"));
        Assert.Equal(interviews, mine.At("nodes").ById("status"));
        var outcomes = (await w.Recruiter.Query("""
            { interviews(where: { status: { in: [COMPLETED, NO_SHOW_CANDIDATE] } }, order: [{ requestedAt: ASC }]) { totalCount nodes { id status } } }
            """)).At("interviews");
        Assert.Equal(interviews.Where(i => i.Value != "CANCELLED").ToDictionary(), outcomes.At("nodes").ById("status"));

        var trail = (await w.Auditor.Query("""
            { auditEntries(first: 100, order: [{ sequence: ASC }]) { totalCount pageInfo { hasNextPage }
              nodes { id sequence occurredAt actorType actorId actorRole action subjectType subjectId summary requestId previousHash hash } } }
            """)).At("auditEntries");
        Assert.False(trail.At("pageInfo.hasNextPage").GetBoolean());
        var entries = trail.At("nodes").EnumerateArray().ToList();
        Assert.Equal(trail.Number("totalCount"), entries.Count);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.At("sequence").GetInt64()));
        Assert.Equal(entries.Select(e => e.Str("hash")).Prepend("").SkipLast(1), entries.Select(e => e.Str("previousHash")));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Str("requestId")) || string.IsNullOrEmpty(e.Str("actorId")) || string.IsNullOrEmpty(e.Str("summary"))));
        var actions = entries.Select(e => $"{e.Str("action")} by {e.Str("actorRole")}").ToList();
        Assert.Subset(actions.ToHashSet(), new HashSet<string>
        {
            "engagement.edited by CLIENT_ADMIN", "engagement.status_changed by RECRUITER", "engagement.rubric_pinned by RECRUITER",
            "engagement.closed by CLIENT_ADMIN", "assignment.declined by INTERVIEWER", "assignment.briefing_acknowledged by INTERVIEWER",
            "assignment.removed by CLIENT_ADMIN", "candidate.updated by RECRUITER", "candidate.viewed by CLIENT_ADMIN",
            "interview.completed by INTERVIEWER", "interview.no_show_candidate by RECRUITER", "interview.cancelled by CLIENT_ADMIN",
            "scorecard.draft_saved by INTERVIEWER", "scorecard.submitted by INTERVIEWER", "scorecard.amended by INTERVIEWER",
            "candidate_feedback.recorded by RECRUITER",
        });
        // The refused request and feedback left nothing; removal and closing each cancelled one interview.
        Assert.Equal((4, 1, 2), (actions.Count(a => a == "interview.requested by RECRUITER"), actions.Count(a => a == "candidate_feedback.recorded by RECRUITER"),
            actions.Count(a => a == "interview.cancelled by CLIENT_ADMIN")));
        var amendedEntry = entries.Single(e => e.Str("action") == "scorecard.amended");
        Assert.Equal(("Scorecard", "INTERVIEWER"), (amendedEntry.Str("subjectType"), amendedEntry.Str("actorType")));
        Assert.Equal(w.InterviewerId, (await w.Auditor.Query("query($id: ID!) { node(id: $id) { ... on Scorecard { interviewer { id } } } }",
            new { id = amendedEntry.Str("subjectId") })).Str("node.interviewer.id"));

        var verified = (await w.Auditor.Query("{ verifyAuditTrail { isValid entriesChecked firstBrokenSequence firstBrokenEntryId reason } }")).At("verifyAuditTrail");
        Assert.True(verified.At("isValid").GetBoolean(), verified.ToString());
        Assert.Equal(entries.Count, verified.At("entriesChecked").GetInt64());
        Assert.True(verified.IsNull("firstBrokenSequence") && verified.IsNull("firstBrokenEntryId") && verified.IsNull("reason"));
        Assert.True((await w.ClientAdmin.Query("{ verifyAuditTrail { isValid } }")).At("verifyAuditTrail.isValid").GetBoolean());

        var platformActions = (await w.Platform.Query("""
            { auditEntries(first: 100, where: { action: { in: ["skill.renamed", "rubric.draft_created", "rubric.draft_edited", "interviewer.rate_card_set",
                "interviewer.profile_updated", "interviewer.skill_removed", "interviewer.language_removed"] } }) { nodes { action actorRole } } }
            """)).At("auditEntries.nodes").EnumerateArray().Select(e => $"{e.Str("action")} by {e.Str("actorRole")}").ToList();
        Assert.Equal(
            ["interviewer.language_removed by PLATFORM_ADMIN", "interviewer.profile_updated by INTERVIEWER", "interviewer.rate_card_set by PLATFORM_ADMIN",
             "interviewer.skill_removed by INTERVIEWER", "skill.renamed by PLATFORM_ADMIN"],
            platformActions.Order());
        // The rubric is the client's: its changes are in the client's chain.
        var rubricActions = (await w.ClientAdmin.Query("""
            { auditEntries(first: 100, where: { action: { in: ["rubric.draft_created", "rubric.draft_edited"] } }) { nodes { action actorRole } } }
            """)).At("auditEntries.nodes").EnumerateArray().Select(e => $"{e.Str("action")} by {e.Str("actorRole")}").ToList();
        Assert.Equal(["rubric.draft_created by CLIENT_ADMIN", "rubric.draft_edited by CLIENT_ADMIN"], rubricActions.Order());
        Assert.True((await w.Platform.Query("{ verifyAuditTrail { isValid } }")).At("verifyAuditTrail.isValid").GetBoolean());
    }

    private static Dictionary<string, object?> Content(string interviewId, int problemSolving, int communication, string recommendation, string summary) =>
        Merge(new { interviewId }, new
        {
            ratings = new[]
            {
                new { criterionKey = "problem_solving", rating = problemSolving, evidence = $"Rated {problemSolving}" },
                new { criterionKey = "communication", rating = communication, evidence = $"Rated {communication}" },
            },
            recommendation,
            summary,
        });

    private static void AssertCandidate(JsonElement interview) =>
        Assert.Equal(("Ada King", "ada.king@candidates.example", "C-1815", "APP-1843"), (interview.Str("candidate.name"), interview.Str("candidate.email"),
            interview.Str("candidate.atsCandidateId"), interview.Str("candidate.atsApplicationId")));
}
