using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Changes;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Threads;

/// <summary>
/// Threads over the real API: messageAdded over the WebSocket as each subscriber may see it (the interviewer the name, the
/// analyst neither name nor e-mail), unread counts and markThreadRead, and an interviewer who, once removed, hears and
/// reads nothing more. Each provider's world is this class's own.
/// </summary>
public sealed class ThreadApiTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Post = "mutation($i: PostMessageInput!) { postMessage(input: $i) { message { id mentions } errors { code path } } }";
    private const string Unread = "query($s: ID!) { thread(subject: $s) { id unreadCount } }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Messages_reach_subscribers_redacted_per_role_and_a_removed_interviewer_loses_the_thread(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var (interview, assignment) = await ScheduledAsync(world);
        var threadId = SeededWorld.Id("Thread", interview.Id);
        await using var interviewerSocket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Interviewer, null, interview.InterviewerId));
        await using var analystSocket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Analyst, world.Acme));
        await interviewerSocket.SubscribeAsync("i", "subscription($e: ID) { messageAdded(engagementId: $e) { body threadId } }",
            new { e = SeededWorld.Id("Engagement", interview.EngagementId) });
        await analystSocket.SubscribeAsync("a", "subscription($t: ID) { messageAdded(threadId: $t) { body } }", new { t = threadId });
        await WaitForListenersAsync(world, 2);

        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var (name, email) = await CandidateOfAsync(recruiter, interview.Id);
        var body = $"{name} ({email}) asked to start on time.";
        await PostAsync(recruiter, threadId, body);

        Assert.Equal($"{name} ([candidate e-mail]) asked to start on time.", await BodyAsync(interviewerSocket, "i"));
        Assert.Equal("[candidate] ([candidate e-mail]) asked to start on time.", await BodyAsync(analystSocket, "a"));

        using var interviewer = world.AsInterviewer(interview.InterviewerId!.Value);
        Assert.Equal(1, (await ThreadAsync(interviewer, threadId)).GetProperty("unreadCount").GetInt32());
        var marked = await interviewer.PostAsync("mutation($i: MarkThreadReadInput!) { markThreadRead(input: $i) { thread { unreadCount } errors { code } } }",
            new { i = new { threadId } });
        Assert.Equal(0, marked.Data.GetProperty("markThreadRead").GetProperty("thread").GetProperty("unreadCount").GetInt32());

        var removed = await recruiter.PostAsync("mutation($i: RemoveAssignmentInput!) { removeAssignment(input: $i) { errors { code } } }",
            new { i = new { assignmentId = SeededWorld.Id("Assignment", assignment) } });
        Assert.Equal(0, removed.Data.GetProperty("removeAssignment").GetProperty("errors").GetArrayLength());
        await PostAsync(recruiter, threadId, "A second note after the removal.");

        Assert.Equal("A second note after the removal.", await BodyAsync(analystSocket, "a"));
        Assert.Null(await interviewerSocket.ReceiveAsync(TimeSpan.FromSeconds(1.5)));
        var gone = await interviewer.PostAsync(Unread, new { s = threadId });
        Assert.Equal(JsonValueKind.Null, gone.Data.GetProperty("thread").ValueKind);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_mention_by_key_or_at_name_notifies_in_app_and_an_http_link_is_refused(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var (interview, _) = await ScheduledAsync(world, 1);
        var threadId = SeededWorld.Id("Thread", interview.EngagementId);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        using var interviewer = world.AsInterviewer(interview.InterviewerId!.Value);
        var participants = (await recruiter.PostAsync("query($s: ID!) { thread(subject: $s) { participants { key name } } }", new { s = threadId }))
            .Data.GetProperty("thread").GetProperty("participants").EnumerateArray().ToList();
        var me = participants.Single(p => p.GetProperty("key").GetString() == $"interviewer:{interview.InterviewerId}");

        var posted = await recruiter.PostAsync(Post, new { i = new { threadId, body = $"@{me.GetProperty("name").GetString()} please align on the rubric." } });
        Assert.Equal($"interviewer:{interview.InterviewerId}", posted.Data.GetProperty("postMessage").GetProperty("message").GetProperty("mentions")[0].GetString());
        var inbox = await interviewer.PostAsync("{ unreadNotificationCount notifications(first: 5) { nodes { eventKind title threadId } } }");
        Assert.False(inbox.HasErrors, inbox.Body);
        var latest = inbox.Data.GetProperty("notifications").GetProperty("nodes")[0];
        Assert.Equal("MESSAGE_RECEIVED", latest.GetProperty("eventKind").GetString());
        Assert.Contains("mentioned you", latest.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(threadId, latest.GetProperty("threadId").GetString());

        var refused = await interviewer.PostAsync(Post, new
        {
            i = new { threadId, body = "Notes", attachments = new[] { new { url = "http://example.com/notes", title = "x" } } },
        });
        var error = refused.Data.GetProperty("postMessage").GetProperty("errors")[0];
        Assert.Equal("INVALID_URL", error.GetProperty("code").GetString());
        Assert.Equal(["input", "attachments", "0", "url"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
    }

    private static async Task PostAsync(GraphQLClient client, string threadId, string body)
    {
        var response = await client.PostAsync(Post, new { i = new { threadId, body } });
        Assert.False(response.HasErrors, response.Body);
        Assert.Equal(0, response.Data.GetProperty("postMessage").GetProperty("errors").GetArrayLength());
    }

    private static async Task<JsonElement> ThreadAsync(GraphQLClient client, string threadId)
    {
        var response = await client.PostAsync(Unread, new { s = threadId });
        Assert.False(response.HasErrors, response.Body);
        return response.Data.GetProperty("thread");
    }

    private static async Task<string?> BodyAsync(GraphQLSocket socket, string id) =>
        (await socket.ReceiveForAsync(id))?.GetProperty("payload").GetProperty("data").GetProperty("messageAdded").GetProperty("body").GetString();

    private static async Task<(Interview Interview, Guid Assignment)> ScheduledAsync(SeededWorld world, int index = 0)
    {
        // One per engagement, so that tests using different indexes use different threads.
        var scheduled = await world.ReadAsync(world.Acme, db => db.Interviews.AsNoTracking()
            .Where(i => i.Status == InterviewStatus.Scheduled && db.Assignments.Any(a => a.Id == i.AssignmentId && a.Status == AssignmentStatus.Accepted))
            .ToListAsync());
        var interview = scheduled.GroupBy(i => i.EngagementId).OrderBy(g => g.Key).ElementAt(index).OrderBy(i => i.Id).First();
        return (interview, interview.AssignmentId!.Value);
    }

    /// <summary>The candidate's name and e-mail as a recruiter reads them (they are stored only encrypted).</summary>
    private static async Task<(string Name, string Email)> CandidateOfAsync(GraphQLClient recruiter, Guid interviewId)
    {
        var response = await recruiter.PostAsync("query($id: ID!) { interview(id: $id) { candidate { name email } } }",
            new { id = SeededWorld.Id("Interview", interviewId) });
        var candidate = response.Data.GetProperty("interview").GetProperty("candidate");
        return (candidate.GetProperty("name").GetString()!, candidate.GetProperty("email").GetString()!);
    }

    private static async Task WaitForListenersAsync(SeededWorld world, int count)
    {
        var bus = (ChangeBus)world.Api.Services.GetService(typeof(ChangeBus))!;
        for (var i = 0; i < 100 && bus.ListenerCount < count; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(bus.ListenerCount >= count, $"{bus.ListenerCount} listeners");
    }
}
