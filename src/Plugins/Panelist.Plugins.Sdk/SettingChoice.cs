namespace Panelist.Plugins.Sdk;

/// <summary>A value a setting may take, with the label an admin sees (e.g. a Lever feedback template's id and its name).</summary>
/// <param name="Value">What is stored in the settings.</param>
/// <param name="Label">What a settings UI shows.</param>
public sealed record SettingChoice(string Value, string Label);
