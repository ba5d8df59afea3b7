using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Threads;

/// <summary>Writes in engagement and interview threads: post a message (mentions, links), mark a thread read.</summary>
public sealed class ThreadService(DomainScope scope, Notifications.Notifications notifications, Candidates.CandidateVault vault) : DomainService(scope)
{
    public const int MaxAttachments = 10;

    /// <summary>
    /// Posts as the actor, who must have the thread; every other participant is told (<see cref="NotificationEventKind.MessageReceived"/>),
    /// each with the text as they may see it.
    /// </summary>
    public Task<Result<ThreadMessage>> PostAsync(Guid threadId, string body, IReadOnlyList<string> mentions, IReadOnlyList<LinkAttachment> attachments,
        CancellationToken ct = default) => Run(async () =>
    {
        if (!ThreadAccess.MayWrite(Actor) || Recipient.Of(Actor) is not { } me)
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} may read threads but not write in them.");
        }

        var thread = await ThreadAccess.FindAsync(Db, Actor, threadId, ct) ?? throw new DomainRuleException(ErrorCodes.NotFound, "No thread with that id is open to you.", "threadId");
        var text = Guard.Required(body, "body", ThreadMessage.BodyLength);
        var links = Links(attachments);
        var participants = await ThreadAccess.ParticipantsAsync(Db, thread, ct);
        var author = participants.FirstOrDefault(p => p.Key == me.Key) ?? new ThreadParticipant(me, await UserNameAsync(me, ct));
        var everyone = participants.Any(p => p.Key == me.Key) ? participants : [.. participants, author];
        var mentioned = MentionParser.Resolve(text, everyone, mentions);
        var now = Now;
        var message = new ThreadMessage(thread, author, text, mentioned, links, now);
        Db.ThreadMessages.Add(message);
        await ReadUpToAsync(thread.ThreadId, me, now, ct);
        Audit.Record("thread.message_posted", nameof(ThreadMessage), message.Id,
            new { threadId = thread.ThreadId, interview = thread.InterviewId is not null, mentions = mentioned.Count, attachments = links.Count }, thread.OrganizationId);
        var candidates = await ThreadAccess.CandidatesAsync(Db, vault, thread, ct);
        foreach (var participant in everyone.Where(p => p.Key != me.Key))
        {
            var reader = participant.Person.InterviewerId is { } interviewer ? Actor.ForInterviewer(interviewer) : Actor.User(participant.Person.Id, Role.Recruiter);
            await notifications.NotifyAsync(participant.Person, NotificationEventKind.MessageReceived, new NotificationContext(thread.OrganizationId)
            {
                EngagementId = thread.EngagementId,
                InterviewId = thread.InterviewId,
                ThreadId = thread.ThreadId,
                MessageId = message.Id,
                Values = new Dictionary<string, string>
                {
                    ["author"] = author.Name,
                    ["excerpt"] = Excerpt(MessageRedaction.Redact(text, candidates, reader)),
                    ["mentioned"] = mentioned.Contains(participant.Key) ? "true" : "false",
                },
            }, ct);
        }

        return message;
    }, ct);

    /// <summary>Marks everything in the thread up to now read for the actor.</summary>
    public Task<Result<ThreadScope>> MarkReadAsync(Guid threadId, CancellationToken ct = default) => Run(async () =>
    {
        var thread = await ThreadAccess.FindAsync(Db, Actor, threadId, ct) ?? throw new DomainRuleException(ErrorCodes.NotFound, "No thread with that id is open to you.", "threadId");
        var me = Recipient.Of(Actor) ?? throw new DomainRuleException(ErrorCodes.Forbidden, "Only a person has read state.");
        await ReadUpToAsync(thread.ThreadId, me, Now, ct);
        return thread;
    }, ct);

    private async Task ReadUpToAsync(Guid threadId, Recipient me, DateTime now, CancellationToken ct)
    {
        var mark = await Db.ThreadReadMarks.FirstOrDefaultAsync(m => m.ThreadId == threadId && m.ParticipantKey == me.Key, ct);
        if (mark is null)
        {
            Db.ThreadReadMarks.Add(new ThreadReadMark(threadId, me.Key, now));
        }
        else
        {
            mark.Advance(now);
        }
    }

    private async Task<string> UserNameAsync(Recipient me, CancellationToken ct) =>
        await Db.NotificationProfiles.Where(p => p.RecipientKey == me.Key).Select(p => p.DisplayName).FirstOrDefaultAsync(ct)
        ?? Actor.Email ?? Actor.Id;

    private static List<LinkAttachment> Links(IReadOnlyList<LinkAttachment> attachments)
    {
        if (attachments.Count > MaxAttachments)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"A message has at most {MaxAttachments} attachments.", "attachments");
        }

        return [.. attachments.Select((a, i) => new LinkAttachment(HttpsUrl.Require(a.Url, $"attachments.{i}.url"),
            string.IsNullOrWhiteSpace(a.Title) ? null : Guard.Required(a.Title, $"attachments.{i}.title")))];
    }

    private static string Excerpt(string text) => text.Length <= 280 ? text : text[..277] + "...";
}
