using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Candidates;
using Panelist.Domain.Interviews;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Candidates;

/// <summary>A database from before candidates were data subjects keeps its people: staged by the migration, encrypted at start.</summary>
public sealed class CandidateMigrationTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Plain_text_candidates_of_an_older_database_become_encrypted_candidates_and_no_plain_text_remains(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        Guid first, second;
        await using (var recruiter = world.AsRecruiter())
        {
            first = (await recruiter.Get<InterviewService>().RequestAsync(world.EngagementId, DomainWorld.NewCandidate(801))).Unwrap().Id;
            second = (await recruiter.Get<InterviewService>().RequestAsync(world.EngagementId, DomainWorld.NewCandidate(802))).Unwrap().Id;
        }

        await using (var scope = world.AsPlatform())
        {
            var migrator = scope.Db.GetService<IMigrator>();
            var migrations = scope.Db.Database.GetMigrations().ToList();
            var mine = migrations.FindIndex(m => m.EndsWith("_CandidatesAsDataSubjects", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[mine - 1]);
            // As the old schema held them: the same person on two interviews, in plain text.
            foreach (var id in new[] { first, second })
            {
                await scope.Db.Database.ExecuteSqlAsync(
                    $"""UPDATE "Interviews" SET "Candidate_Name" = 'Olga Plaintext', "Candidate_Email" = 'Olga.Plaintext@legacy.example', "Candidate_AtsCandidateId" = 'LEG-1' WHERE "Id" = {id}""");
            }

            await migrator.MigrateAsync(migrations[^1]);
            Assert.Equal(2, await scope.Db.CandidateImports.CountAsync(r => r.InterviewId == first || r.InterviewId == second));
            Assert.True(await CandidateImport.RunAsync(scope.Db, scope.Get<CandidateVault>(), default) >= 2);
            Assert.Equal(0, await CandidateImport.RunAsync(scope.Db, scope.Get<CandidateVault>(), default));
        }

        await using var read = world.AsPlatform();
        var interviews = await read.Db.Interviews.IgnoreQueryFilters().AsNoTracking().Where(i => i.Id == first || i.Id == second).ToListAsync();
        var candidateId = Assert.Single(interviews.Select(i => i.CandidateId).Distinct())!.Value;
        var candidate = await read.Db.Candidates.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == candidateId);
        var revealed = await read.Get<CandidateVault>().RevealAsync([candidate], default);
        Assert.Equal(new RevealedCandidate("Olga Plaintext", "olga.plaintext@legacy.example"), revealed[candidateId]);
        Assert.Equal("LEG-1", candidate.AtsCandidateId);
        Assert.False(await read.Db.CandidateImports.AnyAsync(r => r.InterviewId == first || r.InterviewId == second));
    }
}
