namespace Panelist.Domain.Integrations;

/// <summary>
/// Encrypts connector secrets at rest. The host implements it with ASP.NET Data Protection, whose keys
/// live in the database so every replica can decrypt what another encrypted.
/// </summary>
public interface ISecretProtector
{
    string Protect(IReadOnlyDictionary<string, string> secrets);

    IReadOnlyDictionary<string, string> Unprotect(string protectedSecrets);
}
