using Microsoft.Extensions.Options;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

/// <summary>
/// Finds the checkpoint signing key: <c>Audit:CheckpointKey</c>, or the file <c>Audit:CheckpointKeyFile</c> names. In
/// Development, with neither set, a key is made on the first start in <c>data/audit-checkpoint-key.pem</c>; elsewhere a
/// missing key stops the start, since checkpoints signed with a throwaway key would verify nothing after a restart.
/// </summary>
public sealed class AuditCheckpointKeyLoader(IOptions<AuditCheckpointOptions> options, IHostEnvironment environment, ILogger<AuditCheckpointKeyLoader> logger)
{
    public const string DevelopmentKeyFile = "data/audit-checkpoint-key.pem";

    public AuditSigningKeys Load()
    {
        var settings = options.Value;
        if (Problem(settings, environment) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var path = KeyFile(settings, environment);
        if (path is not null && !File.Exists(path))
        {
            Generate(path);
        }

        var keys = AuditSigningKeys.FromPem(path is null ? settings.CheckpointKey : File.ReadAllText(path), settings.RetiredCheckpointKeys);
        logger.LogInformation("Audit checkpoints are signed with key {KeyId}", keys.CurrentKeyId);
        return keys;
    }

    /// <summary>Why the configuration cannot give a key, or null; checked at start (<see cref="AuditCheckpointOptionsValidation"/>).</summary>
    public static string? Problem(AuditCheckpointOptions settings, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var hasKey = !string.IsNullOrWhiteSpace(settings.CheckpointKey);
        var hasFile = !string.IsNullOrWhiteSpace(settings.CheckpointKeyFile);
        if (hasKey && hasFile)
        {
            return "Set Audit:CheckpointKey or Audit:CheckpointKeyFile, not both.";
        }

        if (!hasKey && !hasFile && !environment.IsDevelopment())
        {
            return "Audit checkpoints need a signing key kept outside the database: set Audit:CheckpointKeyFile to an Ed25519 private key "
                + "in PEM (openssl genpkey -algorithm ed25519 -out audit-checkpoint.pem) or Audit:CheckpointKey to its text.";
        }

        var path = KeyFile(settings, environment);
        if (hasFile && !File.Exists(path))
        {
            return $"Audit:CheckpointKeyFile names {path}, which does not exist.";
        }

        if (settings.CheckpointInterval < TimeSpan.FromSeconds(1))
        {
            return "Audit:CheckpointInterval must be at least 1 second.";
        }

        try
        {
            // A development key still to be made has nothing to check yet.
            var pem = hasKey ? settings.CheckpointKey : File.Exists(path) ? File.ReadAllText(path!) : AuditSigningKeys.GeneratePem();
            using var keys = AuditSigningKeys.FromPem(pem, settings.RetiredCheckpointKeys);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Written aside and moved into place, so a second process starting at the same time never reads half a key.</summary>
    private void Generate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var draft = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(draft, AuditSigningKeys.GeneratePem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(draft, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(draft, path, overwrite: false);
            logger.LogWarning("Made a development audit checkpoint key at {Path}; production needs Audit:CheckpointKeyFile", path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(draft);
        }
    }

    /// <summary>The key file to read (the development default when nothing is configured), or null for an inline key.</summary>
    private static string? KeyFile(AuditCheckpointOptions settings, IHostEnvironment environment) =>
        !string.IsNullOrWhiteSpace(settings.CheckpointKey) ? null
        : Path.GetFullPath(string.IsNullOrWhiteSpace(settings.CheckpointKeyFile) ? DevelopmentKeyFile : settings.CheckpointKeyFile, environment.ContentRootPath);
}
