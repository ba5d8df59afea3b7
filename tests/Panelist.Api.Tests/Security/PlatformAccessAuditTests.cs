using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Security;

/// <summary>DESIGN §4: every access of a platform admin to a client organization is audited in that organization's chain.</summary>
public sealed class PlatformAccessAuditTests
{
    private const string Audited = """{ auditEntries(where: { action: { eq: "platform_admin.accessed" } }) { totalCount nodes { actorRole summary } } }""";

    [Fact]
    public async Task A_platform_admin_s_request_in_a_client_organization_leaves_an_audit_entry_and_a_recruiter_s_does_not()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataGenerator(database.Options, database.Keys, SeedOptions.Demo with { Interviewers = 30, Interviews = 30, EngagementsPerOrganization = 1 },
            NullLogger.Instance).GenerateAsync(default);
        Guid acme;
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            acme = scope.Db.Organizations.Single(o => o.Slug == "acme").Id;
        }

        await using var api = new PanelistApiFactory(database);
        using var admin = api.ClientAs(Role.PlatformAdmin, acme);
        using var recruiter = api.ClientAs(Role.Recruiter, acme);
        using var auditor = api.ClientAs(Role.Auditor, acme);

        await recruiter.PostAsync("{ engagements { totalCount } }");
        var before = await auditor.PostAsync(Audited);
        await admin.PostAsync("query Support { engagements { totalCount } }");
        var after = await auditor.PostAsync(Audited);

        Assert.Equal(0, before.Data.GetProperty("auditEntries").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, after.Data.GetProperty("auditEntries").GetProperty("totalCount").GetInt32());
        var entry = after.Data.GetProperty("auditEntries").GetProperty("nodes")[0];
        Assert.Equal("PLATFORM_ADMIN", entry.GetProperty("actorRole").GetString());
        Assert.Contains("Support", entry.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}
