namespace Panelist.Plugins.Sdk;

/// <summary>Why one setting was refused.</summary>
/// <param name="Field">The <see cref="SettingField.Name"/> at fault, or an empty string when the settings as a whole are refused.</param>
/// <param name="Message">What is wrong, for the admin who entered it; never the secret value itself.</param>
public sealed record SettingError(string Field, string Message);
