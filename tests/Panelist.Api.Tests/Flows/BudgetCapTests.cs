using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Security;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Tests.Flows;

/// <summary>Issue 12 item 5 over HTTP: a budget cap below what is committed is refused, or allowed only when acknowledged (and audited).</summary>
public sealed class BudgetCapTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    private const string Edit = """
        mutation($input: EditEngagementInput!) { editEngagement(input: $input) { engagement { id pricing { budgetCap } } errors { code message path } } }
        """;

    [Fact]
    public async Task Lowering_the_cap_below_the_committed_spend_needs_an_acknowledgement_which_is_audited()
    {
        var (engagement, committed) = await EngagementWithSpendAsync();
        using var recruiter = world.Api.ClientAs(Role.Recruiter, world.Acme);
        var terms = (await recruiter.Query("""
            query($id: ID!) { engagement(id: $id) { title brief atsJobId weeklyCapacity startsAt endsAt requiredLanguages
              pricing { model currency budgetCap } serviceLevel { scheduleWithinDays feedbackWithinHours } } }
            """, new { id = SeededWorld.Id("Engagement", engagement.Id) })).GetProperty("engagement");
        var lowered = Math.Round(committed / 2, 2);

        var refused = await recruiter.PostAsync(Edit, new { input = Input(engagement.Id, terms, lowered, acknowledge: null) });
        var allowed = await recruiter.PostAsync(Edit, new { input = Input(engagement.Id, terms, lowered, acknowledge: true) });

        var refusal = Assert.Single(refused.Data.GetProperty("editEngagement").GetProperty("errors").EnumerateArray());
        Assert.Equal("BUDGET_EXCEEDED", refusal.GetProperty("code").GetString());
        Assert.Equal(["input", "pricing", "budgetCap"], refusal.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(allowed.PayloadErrors("editEngagement"));
        Assert.Equal(lowered, allowed.Data.GetProperty("editEngagement").GetProperty("engagement").GetProperty("pricing").GetProperty("budgetCap").GetDecimal());
        await using var scope = world.Database.AsSystem(world.Acme);
        Assert.Equal(1, await scope.Db.AuditEntries.CountAsync(e => e.Action == "engagement.budget_over_committed"));
    }

    private async Task<(Engagement Engagement, decimal Committed)> EngagementWithSpendAsync()
    {
        await using var scope = world.Database.AsSystem(world.Acme);
        foreach (var engagement in await scope.Db.Engagements.Where(e => e.Status == EngagementStatus.Active).OrderBy(e => e.Id).ToListAsync())
        {
            var committed = await scope.Db.CommittedAsync(engagement.Id, null, default);
            if (committed > 10)
            {
                return (engagement, committed);
            }
        }

        throw new InvalidOperationException("The demo world has no engagement with spend.");
    }

    private static object Input(Guid id, JsonElement terms, decimal budgetCap, bool? acknowledge) => new
    {
        engagementId = SeededWorld.Id("Engagement", id),
        title = terms.GetProperty("title").GetString(),
        brief = terms.GetProperty("brief").GetString(),
        atsJobId = terms.GetProperty("atsJobId").GetString(),
        weeklyCapacity = terms.GetProperty("weeklyCapacity").GetInt32(),
        startsAt = terms.GetProperty("startsAt").GetString(),
        endsAt = terms.GetProperty("endsAt").ValueKind == JsonValueKind.Null ? null : terms.GetProperty("endsAt").GetString(),
        requiredLanguages = terms.GetProperty("requiredLanguages").EnumerateArray().Select(l => l.GetString()).ToArray(),
        pricing = new
        {
            model = terms.GetProperty("pricing").GetProperty("model").GetString(),
            currency = terms.GetProperty("pricing").GetProperty("currency").GetString(),
            budgetCap,
        },
        serviceLevel = new
        {
            scheduleWithinDays = terms.GetProperty("serviceLevel").GetProperty("scheduleWithinDays").GetInt32(),
            feedbackWithinHours = terms.GetProperty("serviceLevel").GetProperty("feedbackWithinHours").GetInt32(),
        },
        acknowledgeOverCommitment = acknowledge,
    };
}
