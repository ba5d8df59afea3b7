using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Persistence;

/// <summary>The compiled by-id and first-page reads answer exactly what <see cref="VisibleRows"/> answers, for every kind of actor.</summary>
public sealed class VisibleRowsByIdTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Each_actor_gets_by_id_the_rows_its_visible_rows_hold(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var globex = await world.AddClientAsync("globex", "Globex");
        var interviews = new List<Guid>
        {
            await world.CompletedInterviewAsync(DomainWorld.Day(1, 10)),
            await world.CompletedInterviewAsync(DomainWorld.Day(1, 14), globex),
        };
        ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviews[0], DomainWorld.Ratings(3, 2)));
        ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviews[1], DomainWorld.Ratings(2, 2), globex));
        var engagements = new[] { world.Client.EngagementId, globex.EngagementId, Guid.NewGuid() };
        interviews.Add(Guid.NewGuid());

        var scopes = new[]
        {
            world.AsRecruiter(),
            world.AsRecruiter(globex.OrganizationId),
            world.AsInterviewer(),
            world.AsInterviewer(Guid.NewGuid()),
            world.AsPlatform(),
        };
        var seen = 0;
        foreach (var scope in scopes)
        {
            await using (scope)
            {
                var db = scope.Db;
                var actor = scope.Get<RequestContext>().Actor;

                var expectedInterviews = await db.InterviewsFor(actor).Where(i => interviews.Contains(i.Id)).Select(i => i.Id).ToListAsync();
                var interviewsById = await db.InterviewsByIdAsync(actor, interviews, CancellationToken.None);
                Assert.Equal(expectedInterviews.Order(), interviewsById.Keys.Order());
                Assert.All(interviewsById, pair => Assert.Equal(pair.Key, pair.Value.Id));

                var expectedCards = await db.ScorecardsFor(actor).Where(s => interviews.Contains(s.InterviewId)).Select(s => s.InterviewId).ToListAsync();
                var cards = await db.ScorecardsByInterviewAsync(actor, interviews, CancellationToken.None);
                Assert.Equal(expectedCards.Order(), cards.Keys.Order());
                Assert.All(cards, pair => Assert.NotEmpty(pair.Value.Ratings));

                foreach (var engagement in engagements)
                {
                    var expectedPage = await db.InterviewsFor(actor).Where(i => i.EngagementId == engagement)
                        .OrderByDescending(i => i.RequestedAt).ThenBy(i => i.Id).Take(2).Select(i => i.Id).ToListAsync();
                    var page = await db.FirstInterviewsOfEngagementAsync(actor, engagement, 2, null, CancellationToken.None);
                    var projected = await db.FirstInterviewsOfEngagementAsync(actor, engagement, 2,
                        Columns.Of<Interview>(["Id", "RequestedAt", "Status"]), CancellationToken.None);
                    Assert.Equal(expectedPage, page.Select(i => i.Id));
                    Assert.Equal(expectedPage, projected.Select(i => i.Id));
                    Assert.Equal(page.Select(i => (i.RequestedAt, i.Status)), projected.Select(i => (i.RequestedAt, i.Status)));
                    Assert.All(projected, i => Assert.Equal(Guid.Empty, i.EngagementId)); // not selected: left at its default
                }

                var expectedEngagements = await db.EngagementsFor(actor).Where(e => engagements.Contains(e.Id)).Select(e => e.Id).ToListAsync();
                var engagementsById = await db.EngagementsByIdAsync(actor, engagements, CancellationToken.None);
                Assert.Equal(expectedEngagements.Order(), engagementsById.Keys.Order());
                seen += interviewsById.Count + cards.Count + engagementsById.Count;
            }
        }

        // Each recruiter sees its own three rows, the interviewer who did both interviews all six, the others none.
        Assert.Equal(3 + 3 + 6, seen);
    }
}
