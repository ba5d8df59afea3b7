using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Http;

/// <summary>
/// An instant without an offset ("2027-01-01T10:00:00") names no instant: every date input refuses it
/// with a message that says what to send, in a literal and in a variable; with an offset it is read as sent.
/// </summary>
public sealed class DateTimeInputTests
{
    private const string Schedule = "mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { interview { id } errors { code } } }";
    private const string Filter = "query($at: DateTimeOffset) { interviews(where: { requestedAt: { gte: $at } }) { totalCount } }";

    public static TheoryData<string> WithoutOffset => ["2027-01-01T10:00:00", "2027-01-01T10:00:00.123", "2027-01-01"];

    [Theory]
    [MemberData(nameof(WithoutOffset))]
    public async Task A_date_without_an_offset_is_refused_in_a_mutation_input_variable(string value)
    {
        await using var database = await TestDatabase.CreateAsync(Domain.Persistence.DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var client = api.ClientAs(Role.Recruiter, Organization.PlatformId);

        var response = await client.PostAsync(Schedule, new { input = ScheduleInput(value, "2027-01-01T11:00:00Z") });

        AssertRefused(response, value);
    }

    [Theory]
    [MemberData(nameof(WithoutOffset))]
    public async Task A_date_without_an_offset_is_refused_in_a_filter_literal_and_variable(string value)
    {
        await using var database = await TestDatabase.CreateAsync(Domain.Persistence.DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var client = api.ClientAs(Role.Recruiter, Organization.PlatformId);

        var literal = await client.PostAsync($"{{ interviews(where: {{ requestedAt: {{ gte: \"{value}\" }} }}) {{ totalCount }} }}");
        var variable = await client.PostAsync(Filter, new { at = value });

        AssertRefused(literal, value);
        AssertRefused(variable, value);
    }

    [Theory]
    [InlineData("2027-01-01T10:00:00Z")]
    [InlineData("2027-01-01T10:00:00.5+02:00")]
    [InlineData("2027-01-01T10:00:00-05:30")]
    public async Task A_date_with_an_offset_is_accepted(string value)
    {
        await using var database = await TestDatabase.CreateAsync(Domain.Persistence.DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var client = api.ClientAs(Role.Recruiter, Organization.PlatformId);

        var filter = await client.PostAsync(Filter, new { at = value });
        var schedule = await client.PostAsync(Schedule, new { input = ScheduleInput(value, "2027-01-02T10:00:00Z") });

        Assert.False(filter.HasErrors, filter.Body);
        Assert.False(schedule.HasErrors, schedule.Body);
        // Read as an instant, the input reaches the domain, which refuses it for its own reasons (unknown ids, slot length).
        Assert.NotEmpty(schedule.PayloadErrors("scheduleInterview"));
    }

    private static object ScheduleInput(string start, string end) => new
    {
        interviewId = GlobalId.Encode("Interview", Guid.NewGuid()),
        assignmentId = GlobalId.Encode("Assignment", Guid.NewGuid()),
        scheduledStart = start,
        scheduledEnd = end,
    };

    private static void AssertRefused(GraphQLResponse response, string value)
    {
        Assert.True(response.HasErrors, response.Body);
        Assert.Contains(response.Json.GetProperty("errors").EnumerateArray(), e =>
            e.GetProperty("message").GetString()!.Contains($"'{value}'", StringComparison.Ordinal)
            && e.GetProperty("message").GetString()!.Contains("offset", StringComparison.Ordinal));
    }
}
