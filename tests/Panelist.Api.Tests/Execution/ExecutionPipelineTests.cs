using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Tests.Security;
using Panelist.Domain.Common;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.Execution;

/// <summary>
/// Issue 13 item 4: the audits and the timeout belong to GraphQL execution, not to the HTTP endpoint, so
/// any transport that executes a document (the WebSocket one next) gets them unchanged.
/// </summary>
public sealed class ExecutionPipelineTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    [Fact]
    public async Task An_execution_outside_HTTP_still_audits_the_personal_data_it_read()
    {
        var before = await CandidateViewsAsync();
        await using var scope = world.Api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.User("pipeline-test", Role.Recruiter), world.Acme);

        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = "{ interviews(first: 2) { nodes { id candidate { name } } } }",
            RequestServices = scope.ServiceProvider,
        });

        Assert.Null(result.Errors);
        Assert.Equal(before + 2, await CandidateViewsAsync());
    }

    [Fact]
    public async Task An_execution_over_its_time_limit_answers_TIMEOUT()
    {
        // Every SQL command takes 2 s here, so the 200 ms limit is always what ends the request.
        await using var slow = new PanelistApiFactory(world.Database, ("Limits:ExecutionTimeout", "00:00:00.200"))
        {
            TestServices = s => s.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(new SlowCommands(TimeSpan.FromSeconds(2))),
        };
        using var recruiter = slow.ClientAs(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("{ interviews(first: 50) { totalCount nodes { id engagement { title } } } }");

        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
    }

    private async Task<int> CandidateViewsAsync()
    {
        await using var scope = world.Database.AsSystem(world.Acme);
        return await scope.Db.AuditEntries.CountAsync(e => e.Action == "candidate.viewed");
    }
}
