using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Docs;

/// <summary>
/// Every operation of every <c>```graphql</c> block of README.md runs against the demo data as the
/// README's recruiter of acme: no errors, queries find something, mutations go through. A README
/// example that answers nothing teaches a new client that the API is broken.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    /// <summary>Variables per operation name, taken from the demo data; an operation with variables needs an entry here.</summary>
    private static readonly Dictionary<string, Func<TestDatabase, Guid, Task<object>>> Variables = new(StringComparer.Ordinal)
    {
        ["Search"] = (_, _) => Task.FromResult<object>(new { after = (string?)null }),
        ["Schedule"] = ScheduleInputAsync,
    };

    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var operation in ReadmeOperations())
        {
            data.Add(operation.Name);
        }

        return data;
    }

    [Fact]
    public void README_has_graphql_examples_with_named_operations()
    {
        var operations = ReadmeOperations();

        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.False(string.IsNullOrEmpty(o.Name), $"Name every README operation: {o.Document}"));
        Assert.Equal(operations.Count, operations.Select(o => o.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task README_operation_answers_without_errors_on_the_demo_data(string name)
    {
        var operation = ReadmeOperations().Single(o => o.Name == name);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataGenerator(database.Options, database.Keys, SeedOptions.Demo, NullLogger.Instance).GenerateAsync(default);
        var clock = new MutableTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using var api = new PanelistApiFactory(database) { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        Guid acme;
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            acme = await scope.Db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync();
        }

        Assert.True(!operation.HasVariables || Variables.ContainsKey(name), $"Add variables for README operation {name} to {nameof(Variables)}.");
        var variables = Variables.TryGetValue(name, out var build) ? await build(database, acme) : null;
        using var client = api.ClientAs(Role.Recruiter, acme);
        var token = api.TokenFor(Role.Recruiter, acme);
        // The demo data is anchored at a fixed instant; once the token is signed the API's clock goes
        // back there, so that the demo's future stays future whenever the test runs.
        clock.Advance(new DateTimeOffset(SeedOptions.Demo.Anchor).AddHours(1) - clock.GetUtcNow());

        var (json, body) = operation.IsSubscription
            ? await FirstEventAsync(api, token, operation, variables)
            : await PostAsync(client, operation, variables);

        Assert.False(json.TryGetProperty("errors", out _), body);
        var data = json.GetProperty("data");
        if (operation.IsMutation)
        {
            Assert.All(data.EnumerateObject(), payload => Assert.Equal(0, payload.Value.GetProperty("errors").GetArrayLength()));
        }
        else
        {
            AssertFoundSomething(data, "data", body);
        }
    }

    private static async Task<(JsonElement Json, string Body)> PostAsync(GraphQLClient client, ReadmeOperation operation, object? variables)
    {
        using var response = await client.Http.PostAsJsonAsync("/graphql", new { query = operation.Document, operationName = operation.Name, variables });
        var body = await response.Content.ReadAsStringAsync();
        return (JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    /// <summary>A subscription runs over the WebSocket, as a client runs it; its first event is its answer.</summary>
    private static async Task<(JsonElement Json, string Body)> FirstEventAsync(PanelistApiFactory api, string token, ReadmeOperation operation, object? variables)
    {
        await using var socket = await GraphQLSocket.ConnectAsAsync(api, token);
        await socket.SubscribeAsync("readme", operation.Document, variables);
        var message = await socket.ReceiveForAsync("readme");
        Assert.Equal("next", message?.GetProperty("type").GetString());
        var payload = message!.Value.GetProperty("payload");
        return (payload, payload.GetRawText());
    }

    /// <summary>A query finds something when no list in its answer is empty and no count is zero.</summary>
    private static void AssertFoundSomething(JsonElement element, string path, string body)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                Assert.True(element.GetArrayLength() > 0, $"{path} is empty: {body}");
                foreach (var item in element.EnumerateArray())
                {
                    AssertFoundSomething(item, path + "[]", body);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Assert.False(property.Name == "totalCount" && property.Value.GetInt32() == 0, $"{path}.totalCount is 0: {body}");
                    AssertFoundSomething(property.Value, $"{path}.{property.Name}", body);
                }

                break;
        }
    }

    /// <summary>A requested interview of an ACTIVE engagement of acme, an accepted assignment on it, and a free slot in its period.</summary>
    private static async Task<object> ScheduleInputAsync(TestDatabase database, Guid acme)
    {
        await using var scope = database.AsSystem(acme);
        var db = scope.Db;
        var active = db.Interviewers.Where(i => i.Status == InterviewerStatus.Active).Select(i => i.Id);
        var pair = await (from interview in db.Interviews
                          join engagement in db.Engagements on interview.EngagementId equals engagement.Id
                          join assignment in db.Assignments on engagement.Id equals assignment.EngagementId
                          where interview.Status == InterviewStatus.Requested && engagement.Status == EngagementStatus.Active
                              && assignment.Status == AssignmentStatus.Accepted && active.Contains(assignment.InterviewerId)
                          orderby interview.Id, assignment.Id
                          select new { Interview = interview.Id, Assignment = assignment.Id }).FirstAsync();
        // The demo books interviews up to three weeks past its anchor; a month out every calendar is free.
        var start = SeedOptions.Demo.Anchor.AddDays(30).Date.AddHours(10);
        return new
        {
            input = new
            {
                interviewId = SeededWorld.Id("Interview", pair.Interview),
                assignmentId = SeededWorld.Id("Assignment", pair.Assignment),
                scheduledStart = start.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                scheduledEnd = start.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    private static List<ReadmeOperation> ReadmeOperations()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return [.. GraphQLBlock().Matches(readme).SelectMany(block =>
        {
            var text = block.Groups["body"].Value;
            return Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Select(o => new ReadmeOperation(
                o.Name?.StringValue ?? "", text, o.Operation == OperationType.Mutation, o.Operation == OperationType.Subscription,
                o.Variables is { Count: > 0 }));
        })];
    }

    [GeneratedRegex("^```graphql\\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    private sealed record ReadmeOperation(string Name, string Document, bool IsMutation, bool IsSubscription, bool HasVariables);
}
