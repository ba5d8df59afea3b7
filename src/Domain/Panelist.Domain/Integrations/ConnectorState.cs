using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Reads and writes connector state rows, each write a single statement committed on its own: no delivery's
/// transaction is involved, so a value written before a connector returns RetryLater is there on the next
/// attempt. Values are encrypted together with their installation id and key, so a row copied to another
/// installation or key does not decrypt as valid there. Reads go through the tenant filter.
/// </summary>
public sealed class ConnectorState(PanelistDbContext db, ISecretProtector protector, TimeProvider time)
{
    public const int MaxKeyLength = 200;

    private const string InstallationField = "installationId";
    private const string KeyField = "key";
    private const string ValueField = "value";

    public async Task<string?> GetAsync(Guid installationId, string key, CancellationToken ct)
    {
        var stored = await db.ConnectorState.AsNoTracking()
            .Where(e => e.InstallationId == installationId && e.Key == key)
            .Select(e => e.ProtectedValue).FirstOrDefaultAsync(ct);
        if (stored is null)
        {
            return null;
        }

        var fields = protector.Unprotect(stored);
        return fields.GetValueOrDefault(InstallationField) == installationId.ToString("N") && fields.GetValueOrDefault(KeyField) == key
            ? fields[ValueField]
            : throw new InvalidOperationException($"The stored value of '{key}' was not written for this installation and key.");
    }

    public async Task SetAsync(Guid organizationId, Guid installationId, string key, string value, CancellationToken ct)
    {
        var protectedValue = protector.Protect(new Dictionary<string, string>
        {
            [InstallationField] = installationId.ToString("N"), [KeyField] = key, [ValueField] = value,
        });
        var now = Clock.Now(time);
        // One atomic upsert on both providers; the organization check keeps a row from ever changing tenant.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ConnectorState" ("InstallationId", "Key", "OrganizationId", "ProtectedValue", "UpdatedAt")
            VALUES ({installationId}, {key}, {organizationId}, {protectedValue}, {now})
            ON CONFLICT ("InstallationId", "Key") DO UPDATE SET "ProtectedValue" = excluded."ProtectedValue", "UpdatedAt" = excluded."UpdatedAt"
            WHERE "ConnectorState"."OrganizationId" = excluded."OrganizationId"
            """, ct);
    }

    public async Task<bool> RemoveAsync(Guid installationId, string key, CancellationToken ct) =>
        await db.ConnectorState.Where(e => e.InstallationId == installationId && e.Key == key).ExecuteDeleteAsync(ct) > 0;
}
