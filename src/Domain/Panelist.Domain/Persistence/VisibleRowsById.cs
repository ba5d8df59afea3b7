using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Persistence;

/// <summary>
/// The batch reads by key that nearly every API page makes (interviews, engagements, scorecards), under the same rules
/// as <see cref="VisibleRows"/>, as compiled queries. EF otherwise rebuilds each query's expression and looks it up in
/// its cache on every request: with three such reads that was about a tenth of an engagement page's CPU. A compiled
/// query cannot take <see cref="VisibleRows"/>' queryables, so each rule is written here once more, per kind of actor;
/// <c>VisibleRowsByIdTests</c> holds the two to the same rows.
/// </summary>
public static class VisibleRowsById
{
    private static readonly PerModel<Func<PanelistDbContext, Guid[], IAsyncEnumerable<Interview>>> StaffInterviews = new(() =>
        EF.CompileAsyncQuery((PanelistDbContext db, Guid[] ids) => db.Interviews.AsNoTracking().Where(i => ids.Contains(i.Id))));

    private static readonly PerModel<Func<PanelistDbContext, Guid[], Guid, IAsyncEnumerable<Interview>>> InterviewerInterviews = new(() =>
        EF.CompileAsyncQuery((PanelistDbContext db, Guid[] ids, Guid me) =>
            db.Interviews.IgnoreQueryFilters().AsNoTracking().Where(i => i.InterviewerId == me && ids.Contains(i.Id))));

    private static readonly PerModel<Func<PanelistDbContext, Guid[], IAsyncEnumerable<Scorecard>>> StaffScorecards = new(() =>
        EF.CompileAsyncQuery((PanelistDbContext db, Guid[] interviewIds) => db.Scorecards.AsNoTracking().Where(s => interviewIds.Contains(s.InterviewId))));

    private static readonly PerModel<Func<PanelistDbContext, Guid[], Guid, IAsyncEnumerable<Scorecard>>> InterviewerScorecards = new(() =>
        EF.CompileAsyncQuery((PanelistDbContext db, Guid[] interviewIds, Guid me) =>
            db.Scorecards.IgnoreQueryFilters().AsNoTracking().Where(s => s.InterviewerId == me && interviewIds.Contains(s.InterviewId))));

    private static readonly PerModel<Func<PanelistDbContext, Guid[], IAsyncEnumerable<Engagement>>> StaffEngagements = new(() =>
        EF.CompileAsyncQuery((PanelistDbContext db, Guid[] ids) => db.Engagements.AsNoTracking().Where(e => ids.Contains(e.Id))));

    private static readonly PerModel<Func<PanelistDbContext, Guid[], Guid, IAsyncEnumerable<Engagement>>> InterviewerEngagements = new(() =>
        EF.CompileAsyncQuery((PanelistDbContext db, Guid[] ids, Guid me) =>
            db.Engagements.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id)
                && db.Assignments.IgnoreQueryFilters().Any(a => a.InterviewerId == me && a.EngagementId == e.Id))));

    /// <summary>The interviews with these ids that <see cref="VisibleRows.InterviewsFor"/> shows the actor, untracked.</summary>
    public static Task<Dictionary<Guid, Interview>> InterviewsByIdAsync(this PanelistDbContext db, Actor actor, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ToDictionaryAsync(actor.InterviewerId is { } me ? InterviewerInterviews.For(db)(db, [.. ids], me) : StaffInterviews.For(db)(db, [.. ids]), i => i.Id, ct);

    /// <summary>The scorecards of these interviews that <see cref="VisibleRows.ScorecardsFor"/> shows the actor, by interview, untracked.</summary>
    public static Task<Dictionary<Guid, Scorecard>> ScorecardsByInterviewAsync(this PanelistDbContext db, Actor actor, IReadOnlyCollection<Guid> interviewIds,
        CancellationToken ct) =>
        ToDictionaryAsync(actor.InterviewerId is { } me ? InterviewerScorecards.For(db)(db, [.. interviewIds], me) : StaffScorecards.For(db)(db, [.. interviewIds]), s => s.InterviewId, ct);

    /// <summary>The engagements with these ids that <see cref="VisibleRows.EngagementsFor"/> shows the actor, untracked.</summary>
    public static Task<Dictionary<Guid, Engagement>> EngagementsByIdAsync(this PanelistDbContext db, Actor actor, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ToDictionaryAsync(actor.InterviewerId is { } me ? InterviewerEngagements.For(db)(db, [.. ids], me) : StaffEngagements.For(db)(db, [.. ids]), e => e.Id, ct);

    private static async Task<Dictionary<Guid, T>> ToDictionaryAsync<T>(IAsyncEnumerable<T> rows, Func<T, Guid> key, CancellationToken ct)
    {
        var found = new Dictionary<Guid, T>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            found[key(row)] = row;
        }

        return found;
    }

    /// <summary>A compiled query per EF model: one is bound to the model it first ran with, and tests run both providers in one process.</summary>
    private sealed class PerModel<TQuery>(Func<TQuery> compile)
        where TQuery : Delegate
    {
        private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

        public TQuery For(PanelistDbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
    }
}
