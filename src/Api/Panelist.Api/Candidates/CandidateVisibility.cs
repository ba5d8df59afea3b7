using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Api.GraphQL;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;

namespace Panelist.Api.Candidates;

/// <summary>
/// Which candidates a caller reaches, and whether an interviewer may still read one's name: staff and auditors see
/// their organization's candidates; an interviewer sees the candidates of their own interviews, by name only until
/// <see cref="PrivacyOptions.InterviewerAccessAfterInterview"/> after the last of them ended.
/// </summary>
public static class CandidateVisibility
{
    public static IQueryable<Candidate> Candidates(IResolveFieldContext ctx)
    {
        var actor = ctx.Request().Actor;
        var db = ctx.Db();
        if (actor.InterviewerId is not { } me)
        {
            return db.Candidates.AsNoTracking();
        }

        var mine = db.Interviews.IgnoreQueryFilters().Where(i => i.InterviewerId == me && i.CandidateId != null).Select(i => i.CandidateId!.Value);
        return db.Candidates.IgnoreQueryFilters().AsNoTracking().Where(c => mine.Contains(c.Id));
    }

    /// <summary>True for everyone but an interviewer whose every interview with the candidate ended longer ago than the access window.</summary>
    public static async Task<bool> MayReadDetailsAsync(IResolveFieldContext ctx, Candidate candidate)
    {
        if (ctx.Request().Actor.InterviewerId is not { } me)
        {
            return true;
        }

        var window = ctx.Service<IOptions<PrivacyOptions>>().Value.InterviewerAccessAfterInterview;
        var since = Clock.Now(ctx.Service<TimeProvider>()) - window;
        return await ctx.Db().Interviews.IgnoreQueryFilters().AnyAsync(i => i.InterviewerId == me && i.CandidateId == candidate.Id
            && (i.ScheduledEnd == null || i.ScheduledEnd >= since) && (i.CompletedAt == null || i.CompletedAt >= since)
            && (i.CancelledAt == null || i.CancelledAt >= since), ctx.CancellationToken);
    }
}
