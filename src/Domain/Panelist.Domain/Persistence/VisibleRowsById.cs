using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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
    private static readonly ByActor<Interview> Interviews = new(
        (db, ids) => db.Interviews.AsNoTracking().Where(i => ids.Contains(i.Id)),
        (db, ids, me) => db.Interviews.IgnoreQueryFilters().AsNoTracking().Where(i => i.InterviewerId == me && ids.Contains(i.Id)),
        i => i.Id);

    private static readonly ByActor<Scorecard> ScorecardsOfInterviews = new(
        (db, interviewIds) => db.Scorecards.AsNoTracking().Where(s => interviewIds.Contains(s.InterviewId)),
        (db, interviewIds, me) => db.Scorecards.IgnoreQueryFilters().AsNoTracking().Where(s => s.InterviewerId == me && interviewIds.Contains(s.InterviewId)),
        s => s.InterviewId);

    private static readonly ByActor<Engagement> Engagements = new(
        (db, ids) => db.Engagements.AsNoTracking().Where(e => ids.Contains(e.Id)),
        (db, ids, me) => db.Engagements.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id)
            && db.Assignments.IgnoreQueryFilters().Any(a => a.InterviewerId == me && a.EngagementId == e.Id)),
        e => e.Id);

    private static readonly CompiledPerModel<Func<PanelistDbContext, Guid, IAsyncEnumerable<Interview>>, Interview> StaffFirstPage = new((columns, take) =>
        EF.CompileAsyncQuery(Projected(Limited<Expression<Func<PanelistDbContext, Guid, IQueryable<Interview>>>, Interview>(
            (db, engagementId) => db.Interviews.AsNoTracking().Where(i => i.EngagementId == engagementId)
                .OrderByDescending(i => i.RequestedAt).ThenBy(i => i.Id), take), columns)));

    private static readonly CompiledPerModel<Func<PanelistDbContext, Guid, Guid, IAsyncEnumerable<Interview>>, Interview> InterviewerFirstPage = new((columns, take) =>
        EF.CompileAsyncQuery(Projected(Limited<Expression<Func<PanelistDbContext, Guid, Guid, IQueryable<Interview>>>, Interview>(
            (db, engagementId, me) => db.Interviews.IgnoreQueryFilters().AsNoTracking().Where(i => i.InterviewerId == me && i.EngagementId == engagementId)
                .OrderByDescending(i => i.RequestedAt).ThenBy(i => i.Id), take), columns)));

    /// <summary>
    /// The first <paramref name="take"/> of one engagement's interviews that <see cref="VisibleRows.InterviewsFor"/> shows
    /// the actor, newest request first (then by id), untracked: the first page of <c>engagement.interviews</c>, the page
    /// nearly every engagement screen opens with, without rebuilding the keyset query each time.
    /// </summary>
    public static async Task<List<Interview>> FirstInterviewsOfEngagementAsync(this PanelistDbContext db, Actor actor, Guid engagementId, int take,
        Columns<Interview>? columns, CancellationToken ct)
    {
        // One compiled query per page size as well: the limit is a literal (see Limited).
        var rows = actor.InterviewerId is { } me
            ? InterviewerFirstPage.For(db, columns, take)(db, engagementId, me)
            : StaffFirstPage.For(db, columns, take)(db, engagementId);
        var page = new List<Interview>(take);
        await foreach (var row in rows.WithCancellation(ct))
        {
            page.Add(row);
        }

        return page;
    }

    /// <summary>The interviews with these ids that <see cref="VisibleRows.InterviewsFor"/> shows the actor, untracked.</summary>
    public static Task<Dictionary<Guid, Interview>> InterviewsByIdAsync(this PanelistDbContext db, Actor actor, IReadOnlyCollection<Guid> ids, CancellationToken ct,
        Columns<Interview>? columns = null) =>
        Interviews.ReadAsync(db, actor, ids, columns, ct);

    /// <summary>The scorecards of these interviews that <see cref="VisibleRows.ScorecardsFor"/> shows the actor, by interview, untracked.</summary>
    public static Task<Dictionary<Guid, Scorecard>> ScorecardsByInterviewAsync(this PanelistDbContext db, Actor actor, IReadOnlyCollection<Guid> interviewIds,
        CancellationToken ct, Columns<Scorecard>? columns = null) =>
        ScorecardsOfInterviews.ReadAsync(db, actor, interviewIds, columns, ct);

    /// <summary>The engagements with these ids that <see cref="VisibleRows.EngagementsFor"/> shows the actor, untracked.</summary>
    public static Task<Dictionary<Guid, Engagement>> EngagementsByIdAsync(this PanelistDbContext db, Actor actor, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        Engagements.ReadAsync(db, actor, ids, null, ct);

    /// <summary>
    /// One read under the two rules (staff through the tenant filter, an interviewer through their own rows), keyed by
    /// <paramref name="key"/>, of whole rows or of the given columns (a compiled query per set; sets are bounded by <see cref="Columns.MaxSets"/>).
    /// </summary>
    private sealed class ByActor<T>(
        Expression<Func<PanelistDbContext, Guid[], IQueryable<T>>> staff,
        Expression<Func<PanelistDbContext, Guid[], Guid, IQueryable<T>>> interviewer,
        Func<T, Guid> key)
        where T : class
    {
        private readonly CompiledPerModel<Func<PanelistDbContext, Guid[], IAsyncEnumerable<T>>, T> _staff = new((columns, _) => EF.CompileAsyncQuery(Projected(staff, columns)));
        private readonly CompiledPerModel<Func<PanelistDbContext, Guid[], Guid, IAsyncEnumerable<T>>, T> _interviewer =
            new((columns, _) => EF.CompileAsyncQuery(Projected(interviewer, columns)));

        public async Task<Dictionary<Guid, T>> ReadAsync(PanelistDbContext db, Actor actor, IReadOnlyCollection<Guid> keys, Columns<T>? columns, CancellationToken ct)
        {
            var rows = actor.InterviewerId is { } me ? _interviewer.For(db, columns)(db, [.. keys], me) : _staff.For(db, columns)(db, [.. keys]);
            var found = new Dictionary<Guid, T>();
            await foreach (var row in rows.WithCancellation(ct))
            {
                found[key(row)] = row;
            }

            return found;
        }
    }

    /// <summary>The rule's query with <c>.Select(columns)</c> appended, as the same kind of lambda; the rule itself for whole rows.</summary>
    private static TLambda Projected<TLambda, T>(TLambda rule, Columns<T>? columns)
        where TLambda : LambdaExpression
        where T : class =>
        columns is null ? rule : Then(rule, nameof(Queryable.Select), [typeof(T), typeof(T)], Expression.Quote(columns.Selector));

    /// <summary>
    /// The rule's query with <c>.Take(rows)</c> appended, the count a literal (<c>LIMIT 51</c>), which a compiled query
    /// keeps. With <c>LIMIT $n</c> PostgreSQL's generic plan cannot know the page is small: for this page it is estimated
    /// at 5,726 against 215 for the plan of <c>LIMIT 51</c> (README, Benchmark), so PostgreSQL, which takes the generic
    /// plan only when it is no dearer than the custom ones, plans the statement on every execution; with the literal the
    /// two plans cost the same. Page sizes are at most 101, so this is at most that many statements.
    /// </summary>
    private static TLambda Limited<TLambda, T>(TLambda rule, int rows)
        where TLambda : LambdaExpression =>
        Then(rule, nameof(Queryable.Take), [typeof(T)], Expression.Constant(rows));

    /// <summary>The rule's query with one more <see cref="Queryable"/> call, as the same kind of lambda.</summary>
    private static TLambda Then<TLambda>(TLambda rule, string method, Type[] typeArguments, Expression argument)
        where TLambda : LambdaExpression =>
        (TLambda)Expression.Lambda(rule.Type, Expression.Call(typeof(Queryable), method, typeArguments, rule.Body, argument), rule.Parameters);
}
