using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Interviews;

/// <summary>The scheduling rules that query stored rows (calendars, sums): run on every provider.</summary>
public sealed class SchedulingConflictTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Schedule_returns_INTERVIEW_OVERLAP_when_the_interviewer_is_already_booked(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await world.ScheduleInterviewAsync(DomainWorld.Day(1, 10));
        var second = await world.RequestInterviewAsync();

        ResultAssert.Refuses(await world.TryScheduleAsync(second, DomainWorld.Day(1, 10, 30)), ErrorCodes.InterviewOverlap);
        ResultAssert.Refuses(await world.TryScheduleAsync(second, DomainWorld.Day(1, 9, 30)), ErrorCodes.InterviewOverlap);
        ResultAssert.Refuses(
            await world.TryScheduleAsync(second, DomainWorld.Day(1, 10, 15), TimeSpan.FromMinutes(30)), ErrorCodes.InterviewOverlap);
        ResultAssert.Refuses(
            await world.TryScheduleAsync(second, DomainWorld.Day(1, 9), TimeSpan.FromHours(3)), ErrorCodes.InterviewOverlap);

        var backToBack = ResultAssert.Succeeds(await world.TryScheduleAsync(second, DomainWorld.Day(1, 11)));
        Assert.Equal(DomainWorld.Day(1, 11), backToBack.ScheduledStart);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Schedule_returns_INTERVIEW_OVERLAP_when_the_interviewer_is_booked_by_another_organization(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var globex = await world.AddClientAsync("globex", "Globex");
        var acmeInterview = await world.ScheduleInterviewAsync(DomainWorld.Day(1, 10));
        var globexInterview = await world.RequestInterviewAsync(globex);

        var error = ResultAssert.Refuses(
            await world.TryScheduleAsync(globexInterview, DomainWorld.Day(1, 10, 30), client: globex), ErrorCodes.InterviewOverlap);
        Assert.DoesNotContain(acmeInterview.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("acme", error.Message, StringComparison.OrdinalIgnoreCase);

        await using (var acme = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await acme.Get<InterviewService>().CancelAsync(acmeInterview, "Candidate withdrew"));
        }

        ResultAssert.Succeeds(await world.TryScheduleAsync(globexInterview, DomainWorld.Day(1, 10, 30), client: globex));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Schedule_returns_BUDGET_EXCEEDED_when_the_next_interview_would_pass_the_cap(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var capped = await world.AddEngagementAsync(world.Details(budgetCap: 2 * DomainWorld.CardPerInterviewRate));
        var first = await world.ScheduleInterviewAsync(DomainWorld.Day(1), client: capped);
        await world.ScheduleInterviewAsync(DomainWorld.Day(2), client: capped);
        var third = await world.RequestInterviewAsync(capped);

        var error = ResultAssert.Refuses(await world.TryScheduleAsync(third, DomainWorld.Day(3), client: capped), ErrorCodes.BudgetExceeded);
        Assert.Contains("300", error.Message, StringComparison.Ordinal);

        await using (var scope = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await scope.Get<InterviewService>().CancelAsync(first, "Candidate withdrew"));
        }

        ResultAssert.Succeeds(await world.TryScheduleAsync(third, DomainWorld.Day(3), client: capped));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Schedule_returns_BUDGET_EXCEEDED_when_the_cap_is_short_by_a_ten_thousandth(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var capped = await world.AddEngagementAsync(world.Details(budgetCap: 299.9999m));
        await world.ScheduleInterviewAsync(DomainWorld.Day(1), client: capped);
        var second = await world.RequestInterviewAsync(capped);

        ResultAssert.Refuses(await world.TryScheduleAsync(second, DomainWorld.Day(2), client: capped), ErrorCodes.BudgetExceeded);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Budget_counts_completed_interviews(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var capped = await world.AddEngagementAsync(world.Details(budgetCap: DomainWorld.CardPerInterviewRate));
        await world.CompletedInterviewAsync(DomainWorld.Day(1), capped);
        var next = await world.RequestInterviewAsync(capped);

        ResultAssert.Refuses(await world.TryScheduleAsync(next, DomainWorld.Day(2), client: capped), ErrorCodes.BudgetExceeded);
    }
}
