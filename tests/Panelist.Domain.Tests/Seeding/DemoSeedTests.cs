using Panelist.Domain.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Seeding;

public sealed class DemoSeedTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Demo_seed_has_the_promised_volume_and_variety(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var report = await new DemoDataGenerator(database.Options, database.Keys, SeedOptions.Demo, NullLogger.Instance).GenerateAsync(default);
        await using var scope = database.AsSystem(Organization.PlatformId);
        var db = scope.Db;

        var clients = await db.Organizations.Where(o => !o.IsPlatform).Select(o => o.Slug).ToListAsync();
        Assert.True(clients.Count >= 3);
        Assert.Contains("acme", clients);
        Assert.Equal(300, await db.Interviewers.CountAsync());
        Assert.True(await db.Interviewers.Select(i => i.CountryCode).Distinct().CountAsync() >= 25);
        Assert.True(await db.Set<Panelist.Domain.Interviewers.InterviewerLanguage>().Select(l => l.Code).Distinct().CountAsync() >= 10);
        Assert.Equal(40, await db.Skills.CountAsync());
        Assert.Equal(6, await db.Rubrics.CountAsync());
        Assert.Equal(30, await db.Engagements.IgnoreQueryFilters().CountAsync());
        Assert.Equal(2000, await db.Interviews.IgnoreQueryFilters().CountAsync());
        var statuses = await db.Interviews.IgnoreQueryFilters().Select(i => i.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<InterviewStatus>().Order(), statuses.Order());
        Assert.Equal(report.Scorecards, await db.Scorecards.IgnoreQueryFilters().CountAsync());
        Assert.True(report.Scorecards > 800);
        Assert.True(await db.CandidateFeedback.IgnoreQueryFilters().CountAsync() > 500);
        Assert.True(await db.ScorecardRevisions.IgnoreQueryFilters().AnyAsync());
        foreach (var organization in await db.Organizations.Where(o => !o.IsPlatform).ToListAsync())
        {
            var verification = await scope.Get<AuditVerifier>().VerifyAsync(organization.Id);
            Assert.True(verification.IsValid, verification.Reason);
            Assert.True(verification.EntriesChecked > 1000);
        }
    }

    [Fact]
    public async Task Demo_seed_is_deterministic()
    {
        var first = await SeedAndFingerprint(DatabaseProvider.Sqlite);
        var second = await SeedAndFingerprint(DatabaseProvider.Sqlite);

        Assert.Equal(first, second);
    }

    [PostgresFact]
    public async Task Demo_seed_is_the_same_on_PostgreSQL_and_SQLite()
    {
        var sqlite = await SeedAndFingerprint(DatabaseProvider.Sqlite);
        var postgres = await SeedAndFingerprint(DatabaseProvider.Postgres);

        Assert.Equal(sqlite, postgres);
    }

    /// <summary>Decimals print the same whatever scale the provider returned them with.</summary>
    private static string F(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every business value that matters, in id order, plus each chain's final hash.</summary>
    private static async Task<string> SeedAndFingerprint(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await new DemoDataGenerator(database.Options, database.Keys, SeedOptions.Demo, NullLogger.Instance).GenerateAsync(default);
        await using var scope = database.AsSystem(Organization.PlatformId);
        var db = scope.Db;
        var lines = new List<string>();
        lines.AddRange((await db.Interviewers.AsNoTracking().ToListAsync())
            .Select(i => $"{i.Id}|{i.Name}|{i.Email}|{i.Status}|{F(i.HourlyRate)}|{i.CountryCode}"));
        lines.AddRange((await db.Engagements.IgnoreQueryFilters().AsNoTracking().ToListAsync())
            .Select(e => $"{e.Id}|{e.Title}|{e.Status}|{F(e.Pricing.BudgetCap)}"));
        lines.AddRange((await db.Interviews.IgnoreQueryFilters().AsNoTracking().ToListAsync())
            .Select(i => $"{i.Id}|{i.Status}|{i.ScheduledStart:O}|{F(i.Cost)}|{i.CandidateId}|{i.AtsApplicationId}"));
        // Ciphertexts differ run to run (random nonces and keys); what they hold must not.
        var candidates = await db.Candidates.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var revealed = await new CandidateVault(db, database.Keys, TimeProvider.System).RevealAsync(candidates, default);
        lines.AddRange(candidates.Select(c => $"{c.Id}|{revealed[c.Id].Name}|{revealed[c.Id].Email}|{c.AtsCandidateId}"));
        lines.AddRange((await db.Scorecards.IgnoreQueryFilters().AsNoTracking().ToListAsync())
            .Select(s => $"{s.Id}|{F(s.WeightedScore ?? -1)}|{s.Recommendation}|{s.Revision}"));
        lines.AddRange((await db.AuditChainHeads.AsNoTracking().ToListAsync()).Select(h => $"{h.OrganizationId}|{h.LastSequence}|{h.LastHash}"));
        lines.Sort(StringComparer.Ordinal);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }
}
