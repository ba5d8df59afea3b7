using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Interviews;

/// <summary>The interviews list sorts by slot (a calendar) and filters by the interviewer who holds them.</summary>
public sealed class InterviewQueryTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Page = """
        query($after: String, $order: [InterviewSortInput!], $where: InterviewFilterInput) {
          interviews(first: 7, after: $after, order: $order, where: $where) {
            totalCount pageInfo { hasNextPage endCursor } nodes { id scheduledStart interviewer { id } } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Interviews_sorted_by_scheduledStart_page_through_every_interview_in_slot_order_with_unscheduled_last(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var client = world.As(Role.Recruiter, world.Acme);
        var expected = await world.ReadAsync(world.Acme, db => db.Interviews.AsNoTracking().Select(i => new { i.Id, i.ScheduledStart }).ToListAsync());

        var ascending = await WalkAsync(client, new[] { new { scheduledStart = "ASC" } }, where: null);
        var descending = await WalkAsync(client, new[] { new { scheduledStart = "DESC" } }, where: null);

        Assert.Contains(expected, i => i.ScheduledStart is null);
        Assert.Equal(expected.OrderBy(i => i.ScheduledStart ?? DateTime.MaxValue).ThenBy(i => i.Id).Select(i => SeededWorld.Id("Interview", i.Id)), ascending.Select(n => n.Id));
        Assert.Equal(expected.OrderByDescending(i => i.ScheduledStart ?? DateTime.MaxValue).ThenBy(i => i.Id).Select(i => i.ScheduledStart), descending.Select(n => n.Start));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Interviews_filtered_by_interviewerId_are_exactly_that_interviewers(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var client = world.As(Role.Recruiter, world.Acme);
        var busiest = await world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.InterviewerId != null)
            .GroupBy(i => i.InterviewerId).Select(g => new { Id = g.Key!.Value, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Id).FirstAsync());
        var interviewerId = SeededWorld.Id("Interviewer", busiest.Id);

        var found = await WalkAsync(client, order: null, where: new { interviewerId = new { eq = interviewerId } });
        var either = await client.Query(Page, new { where = new { interviewerId = new { @in = new[] { interviewerId } } } });

        Assert.True(busiest.Count > 1);
        Assert.Equal(busiest.Count, found.Count);
        Assert.All(found, n => Assert.Equal(interviewerId, n.Interviewer));
        Assert.Equal(busiest.Count, either.Number("interviews.totalCount"));
    }

    [Fact]
    public async Task An_interviewerId_filter_with_another_types_id_is_BAD_USER_INPUT()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var client = world.As(Role.Recruiter, world.Acme);

        var response = await client.PostAsync(Page, new { where = new { interviewerId = new { eq = SeededWorld.Id("Engagement", Guid.NewGuid()) } } });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    private static async Task<List<(string Id, DateTime? Start, string? Interviewer)>> WalkAsync(GraphQLClient client, object? order, object? where)
    {
        var all = new List<(string, DateTime?, string?)>();
        string? after = null;
        do
        {
            var data = await client.Query(Page, new { after, order, where });
            all.AddRange(data.At("interviews.nodes").EnumerateArray().Select(n => (n.Str("id")!,
                n.IsNull("scheduledStart") ? (DateTime?)null : n.Instant("scheduledStart").UtcDateTime,
                n.IsNull("interviewer") ? null : n.Str("interviewer.id"))));
            after = data.At("interviews.pageInfo.hasNextPage").GetBoolean() ? data.Str("interviews.pageInfo.endCursor") : null;
        }
        while (after is not null);

        return all;
    }
}
