using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

/// <summary>
/// Loads the personal-data master key: <c>Privacy:MasterKey</c>, else the key file. In Development a missing file is
/// created with a new random key (readable by its owner only); anywhere else a missing key stops the start, since an
/// invented key would make every candidate written so far unreadable.
/// </summary>
public static class MasterKeySource
{
    public const string DefaultFile = "data/personal-data.key";

    public static PersonalDataKeyRing Load(PrivacyOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return new PersonalDataKeyRing(Decode(options.MasterKey, "Privacy:MasterKey"));
        }

        var file = Path.GetFullPath(options.MasterKeyFile ?? DefaultFile, environment.ContentRootPath);
        if (!File.Exists(file))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"No personal-data master key: set Privacy:MasterKey (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) or Privacy:MasterKeyFile (missing: {file}).");
            }

            Create(file);
        }

        return new PersonalDataKeyRing(Decode(File.ReadAllText(file).Trim(), file));
    }

    /// <summary>Writes a new key unless another process just did (two replicas starting at once keep the first one's).</summary>
    private static void Create(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(file, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(PersonalDataKeyRing.NewDataKey()));
        }
        catch (IOException) when (File.Exists(file))
        {
            // Created by another process in the meantime: use that one.
        }
    }

    private static byte[] Decode(string value, string source)
    {
        try
        {
            var key = Convert.FromBase64String(value);
            return key.Length == PersonalDataKeyRing.KeySize
                ? key
                : throw new InvalidOperationException($"The personal-data master key in {source} must be 32 bytes (base64), not {key.Length}.");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The personal-data master key in {source} is not base64.");
        }
    }
}
