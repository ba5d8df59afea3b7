using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Schema;

/// <summary><c>schema/schema.graphql</c> is the public contract: it must equal what the running API serves.</summary>
public sealed class SchemaContractTests
{
    [Fact]
    public async Task Checked_in_schema_matches_the_served_schema()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var client = api.CreateClient();

        var served = await client.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        var checkedIn = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql"));

        Assert.True(served == checkedIn,
            "schema/schema.graphql differs from the running schema. If the change is deliberate, run: " +
            "dotnet run --project src/Api/Panelist.Api -- export-schema schema/schema.graphql");
    }
}
