using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Threads;

/// <summary>
/// Who may see a thread, decided afresh on every read: the organization's people (readers like analysts and auditors
/// included), and interviewers only while their assignment is invited or accepted. A removed or declined interviewer
/// thereby loses the thread's messages, its unread counts and its subscription at once.
/// </summary>
public static class ThreadAccess
{
    /// <summary>Who may write: the client's staff and, with access, interviewers. Analysts and auditors only read.</summary>
    public static bool MayWrite(Actor actor) =>
        actor.Role is Role.PlatformAdmin or Role.ClientAdmin or Role.Recruiter or Role.System or Role.Interviewer;

    public static async Task<ThreadScope?> FindAsync(PanelistDbContext db, Actor actor, Guid threadId, CancellationToken ct)
    {
        if (actor.InterviewerId is { } me)
        {
            return await db.Assignments.IgnoreQueryFilters()
                       .Where(a => a.EngagementId == threadId && a.InterviewerId == me
                           && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))
                       .Select(a => new ThreadScope(a.EngagementId, a.OrganizationId, a.EngagementId, null)).FirstOrDefaultAsync(ct)
                   ?? await OwnInterviews(db, me).Where(i => i.Id == threadId)
                       .Select(i => new ThreadScope(i.Id, i.OrganizationId, i.EngagementId, i.Id)).FirstOrDefaultAsync(ct);
        }

        if (!MayRead(actor))
        {
            return null;
        }

        return await db.Engagements.Where(e => e.Id == threadId).Select(e => new ThreadScope(e.Id, e.OrganizationId, e.Id, null)).FirstOrDefaultAsync(ct)
               ?? await db.Interviews.Where(i => i.Id == threadId).Select(i => new ThreadScope(i.Id, i.OrganizationId, i.EngagementId, i.Id)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The messages <paramref name="actor"/> may read now, in every thread open to them.</summary>
    public static IQueryable<ThreadMessage> MessagesFor(PanelistDbContext db, Actor actor)
    {
        if (actor.InterviewerId is { } me)
        {
            var engagements = db.Assignments.IgnoreQueryFilters()
                .Where(a => a.InterviewerId == me && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))
                .Select(a => a.EngagementId);
            var interviews = OwnInterviews(db, me).Select(i => i.Id);
            return db.ThreadMessages.IgnoreQueryFilters()
                .Where(m => m.InterviewId == null ? engagements.Contains(m.ThreadId) : interviews.Contains(m.ThreadId));
        }

        return MayRead(actor) ? db.ThreadMessages : db.ThreadMessages.Where(m => false);
    }

    /// <summary>The thread's assigned interviewers (with access) and the client users who have written in it.</summary>
    public static async Task<IReadOnlyList<ThreadParticipant>> ParticipantsAsync(PanelistDbContext db, ThreadScope thread, CancellationToken ct)
    {
        var active = db.Assignments.IgnoreQueryFilters()
            .Where(a => a.EngagementId == thread.EngagementId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted));
        var interviewerIds = thread.InterviewId is { } interviewId
            ? db.Interviews.IgnoreQueryFilters().Where(i => i.Id == interviewId && active.Any(a => a.Id == i.AssignmentId)).Select(i => i.InterviewerId!.Value)
            : active.Select(a => a.InterviewerId);
        var interviewers = await db.Interviewers.Where(i => interviewerIds.Contains(i.Id)).OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var authors = await db.ThreadMessages.IgnoreQueryFilters()
            .Where(m => m.ThreadId == thread.ThreadId && m.AuthorKey.StartsWith("user:"))
            .GroupBy(m => m.AuthorKey).Select(g => new { Key = g.Key, Name = g.OrderByDescending(m => m.CreatedAt).Select(m => m.AuthorName).First() })
            .ToListAsync(ct);
        return
        [
            .. interviewers.Select(i => new ThreadParticipant(Recipient.Interviewer(i.Id), i.Name)),
            .. authors.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new ThreadParticipant(Recipient.Parse(a.Key)!, a.Name)),
        ];
    }

    /// <summary>The candidates a thread's messages may name: its interview's, or every interview's of its engagement.</summary>
    /// <remarks>Names and addresses are decrypted through the vault; an erased candidate has none left to hide.</remarks>
    public static async Task<IReadOnlyList<CandidateMention>> CandidatesAsync(PanelistDbContext db, CandidateVault vault, ThreadScope thread, CancellationToken ct)
    {
        var interviews = await db.Interviews.IgnoreQueryFilters()
            .Where(i => i.CandidateId != null && (thread.InterviewId == null ? i.EngagementId == thread.EngagementId : i.Id == thread.InterviewId))
            .Select(i => new { i.Id, i.InterviewerId, CandidateId = i.CandidateId!.Value }).ToListAsync(ct);
        var ids = interviews.Select(i => i.CandidateId).Distinct().ToList();
        var candidates = await db.Candidates.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var revealed = await vault.RevealAsync(candidates, ct);
        return
        [
            .. interviews.Where(i => revealed.ContainsKey(i.CandidateId))
                .Select(i => new CandidateMention(i.Id, i.InterviewerId, revealed[i.CandidateId].Name, revealed[i.CandidateId].Email)),
        ];
    }

    private static bool MayRead(Actor actor) =>
        actor.Role is Role.PlatformAdmin or Role.ClientAdmin or Role.Recruiter or Role.Analyst or Role.Auditor or Role.System;

    private static IQueryable<Interviews.Interview> OwnInterviews(PanelistDbContext db, Guid me) =>
        db.Interviews.IgnoreQueryFilters().Where(i => i.InterviewerId == me && db.Assignments.IgnoreQueryFilters()
            .Any(a => a.Id == i.AssignmentId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted)));
}
