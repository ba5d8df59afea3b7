using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Domain.Threads;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Threads;

/// <summary>Engagement and interview threads on each provider: access follows the assignment, redaction, mentions, read marks, notifications.</summary>
public sealed class ThreadTests
{
    private static readonly Actor Analyst = Actor.User("analyst@client.test", Role.Analyst);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_removed_interviewer_loses_the_engagement_thread(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await PostAsRecruiterAsync(world, world.EngagementId, "Please read the brief before Monday.");
        Assert.Equal(1, await InterviewerSeesAsync(world));

        await using (var recruiter = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await recruiter.Get<AssignmentService>().RemoveAsync(world.AssignmentId, "Not a fit"));
        }

        Assert.Equal(0, await InterviewerSeesAsync(world));
        await using var interviewer = world.AsInterviewer();
        Assert.Null(await ThreadAccess.FindAsync(interviewer.Db, Actor.ForInterviewer(world.InterviewerId), world.EngagementId, default));
        ResultAssert.Refuses(await interviewer.Get<ThreadService>().PostAsync(world.EngagementId, "Still here?", [], []), ErrorCodes.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Message_text_hides_the_candidate_from_an_analyst_and_the_email_from_the_interviewer(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await using (var recruiter = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await recruiter.Get<InterviewService>().UpdateCandidateAsync(interviewId,
                new CandidateDetails("Grace Hopper", "grace.hopper@example.com", null, null)));
        }

        var message = await PostAsRecruiterAsync(world, interviewId, "Grace Hopper (grace.hopper@example.com) prefers mornings; ask Grace about COBOL.");
        await using var scope = world.AsRecruiter();
        var thread = (await ThreadAccess.FindAsync(scope.Db, Actor.User("recruiter@client.test", Role.Recruiter), interviewId, default))!;
        var candidates = await ThreadAccess.CandidatesAsync(scope.Db, scope.Get<CandidateVault>(), thread, default);

        Assert.Equal("[candidate] ([candidate e-mail]) prefers mornings; ask [candidate] about COBOL.", MessageRedaction.Redact(message.Body, candidates, Analyst));
        Assert.Equal("Grace Hopper ([candidate e-mail]) prefers mornings; ask Grace about COBOL.",
            MessageRedaction.Redact(message.Body, candidates, Actor.ForInterviewer(world.InterviewerId)));
        Assert.Equal("[candidate] ([candidate e-mail]) prefers mornings; ask [candidate] about COBOL.",
            MessageRedaction.Redact(message.Body, candidates, Actor.ForInterviewer(Guid.NewGuid())));
        Assert.Equal(message.Body, MessageRedaction.Redact(message.Body, candidates, Actor.User("recruiter@client.test", Role.Recruiter)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Mentions_come_from_explicit_keys_and_at_names_and_must_be_participants(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var interviewerKey = Recipient.Interviewer(world.InterviewerId).Key;

        var parsed = await PostAsRecruiterAsync(world, world.EngagementId, "@interviewer 1, could you take Thursday?");
        Assert.Equal([interviewerKey], parsed.Mentions);

        await using var interviewer = world.AsInterviewer();
        var reply = ResultAssert.Succeeds(await interviewer.Get<ThreadService>().PostAsync(world.EngagementId, "Yes, Thursday works.", ["user:recruiter@client.test"],
            [new LinkAttachment("https://docs.example.com/notes", "My notes")]));
        Assert.Equal(["user:recruiter@client.test"], reply.Mentions);
        Assert.Equal("https://docs.example.com/notes", Assert.Single(reply.Attachments).Url);

        ResultAssert.Refuses(await interviewer.Get<ThreadService>().PostAsync(world.EngagementId, "Hi", ["user:somebody-else"], []), ErrorCodes.MentionNotParticipant);
        ResultAssert.Refuses(await interviewer.Get<ThreadService>().PostAsync(world.EngagementId, "Link", [],
            [new LinkAttachment("http://insecure.example.com/x", null)]), ErrorCodes.InvalidUrl);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_post_notifies_the_other_participants_and_marks_it_read_for_its_author(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var message = await PostAsRecruiterAsync(world, world.EngagementId, "@Interviewer 1 the rubric changed, see the brief.");

        await using var scope = world.AsPlatform();
        var interviewerKey = Recipient.Interviewer(world.InterviewerId).Key;
        var inApp = await scope.Db.Notifications.IgnoreQueryFilters().SingleAsync(n => n.RecipientKey == interviewerKey && n.EventKind == NotificationEventKind.MessageReceived);
        Assert.StartsWith("recruiter@client.test mentioned you", inApp.Title, StringComparison.Ordinal);
        Assert.Equal(world.EngagementId, inApp.ThreadId);
        var mail = await scope.Db.NotificationDeliveries.IgnoreQueryFilters()
            .SingleAsync(d => d.RecipientKey == interviewerKey && d.EventKind == NotificationEventKind.MessageReceived);
        Assert.Equal("interviewer1@example.com", mail.Address);
        Assert.Contains("the rubric changed", mail.Body, StringComparison.Ordinal);
        var authorMark = await scope.Db.ThreadReadMarks.SingleAsync(m => m.ThreadId == world.EngagementId);
        Assert.Equal("user:recruiter@client.test", authorMark.ParticipantKey);
        Assert.True(authorMark.ReadUpTo >= message.CreatedAt);
    }

    private static async Task<ThreadMessage> PostAsRecruiterAsync(DomainWorld world, Guid threadId, string body)
    {
        await using var recruiter = world.AsRecruiter();
        return ResultAssert.Succeeds(await recruiter.Get<ThreadService>().PostAsync(threadId, body, [], []));
    }

    private static async Task<int> InterviewerSeesAsync(DomainWorld world)
    {
        await using var scope = world.AsInterviewer();
        return await ThreadAccess.MessagesFor(scope.Db, Actor.ForInterviewer(world.InterviewerId)).CountAsync(m => m.ThreadId == world.EngagementId);
    }
}
