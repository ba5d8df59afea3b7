namespace Panelist.Plugins.Sdk;

/// <summary>
/// (SDK 1.1, optional) Implemented beside <see cref="IAtsConnector"/> by a connector whose settings take the
/// vendor's values (Lever feedback templates, Workday references), so that a settings UI can offer them
/// instead of asking an admin to copy ids. The host calls it with an installation's stored settings, guarded
/// like every other call (time budget, exceptions become failures).
/// </summary>
public interface ISettingValueSource
{
    /// <summary>Lists the values the vendor offers for one setting, through the installation's HTTP client.</summary>
    /// <param name="context">The installation's settings (secrets decrypted), HTTP client and logger; no idempotency key.</param>
    /// <param name="settingName">The <see cref="SettingField.Name"/> asked for.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns>The values, or <see cref="SettingValuesResult.Failed"/> with a reason an admin can act on (also for a setting that takes no vendor values).</returns>
    Task<SettingValuesResult> ListValuesAsync(ConnectorContext context, string settingName, CancellationToken cancellationToken);
}
