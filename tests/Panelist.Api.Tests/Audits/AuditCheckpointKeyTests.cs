using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.Audits;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Audits;

/// <summary>The signing key never comes from the database: configuration, a key file, or (Development only) one made on first start.</summary>
public sealed class AuditCheckpointKeyTests
{
    [Fact]
    public async Task The_API_does_not_start_outside_Development_without_a_checkpoint_key()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database, ("Audit:CheckpointKey", "")) { Environment = Environments.Production };

        var failure = Record.Exception(() => api.Services);

        Assert.NotNull(failure);
        Assert.Contains("Audit:CheckpointKeyFile", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Development_makes_a_key_file_on_first_start_and_reads_the_same_key_afterwards()
    {
        var root = Directory.CreateTempSubdirectory("panelist-keys-").FullName;
        try
        {
            var development = Environment(root, Environments.Development);
            var first = Load(new AuditCheckpointOptions(), development);
            var second = Load(new AuditCheckpointOptions(), development);

            Assert.Equal(first, second);
            Assert.True(File.Exists(Path.Combine(root, AuditCheckpointKeyLoader.DevelopmentKeyFile)));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, AuditCheckpointKeyLoader.DevelopmentKeyFile)));
            }

            Assert.NotNull(AuditCheckpointKeyLoader.Problem(new AuditCheckpointOptions(), Environment(root, Environments.Production)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_rotated_key_signs_new_checkpoints_and_the_retired_public_key_still_verifies_old_ones()
    {
        var production = Environment(Path.GetTempPath(), Environments.Production);
        using var old = Keys(new AuditCheckpointOptions { CheckpointKey = PanelistApiFactory.TestCheckpointKey }, production);
        var signature = old.Sign("message");

        using var rotated = Keys(new AuditCheckpointOptions
        {
            CheckpointKey = Domain.Audits.AuditSigningKeys.GeneratePem(),
            RetiredCheckpointKeys = [old.Keys[0].PublicKey],
        }, production);

        Assert.NotEqual(old.CurrentKeyId, rotated.CurrentKeyId);
        Assert.Equal([(rotated.CurrentKeyId, true), (old.CurrentKeyId, false)], rotated.Keys.Select(k => (k.KeyId, k.IsCurrent)));
        Assert.True(rotated.Verify(old.CurrentKeyId, "message", signature));
        Assert.False(rotated.Verify(old.CurrentKeyId, "another message", signature));
    }

    private static string Load(AuditCheckpointOptions options, IHostEnvironment environment)
    {
        using var keys = Keys(options, environment);
        return keys.CurrentKeyId;
    }

    private static Domain.Audits.AuditSigningKeys Keys(AuditCheckpointOptions options, IHostEnvironment environment) =>
        new AuditCheckpointKeyLoader(Microsoft.Extensions.Options.Options.Create(options), environment, NullLogger<AuditCheckpointKeyLoader>.Instance).Load();

    private static HostingEnvironment Environment(string root, string name) => new() { ContentRootPath = root, EnvironmentName = name };
}
