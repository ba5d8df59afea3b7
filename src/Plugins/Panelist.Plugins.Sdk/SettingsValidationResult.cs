namespace Panelist.Plugins.Sdk;

/// <summary>The outcome of <see cref="IAtsConnector.ValidateSettingsAsync"/>: valid, or the errors per field.</summary>
public sealed class SettingsValidationResult
{
    private SettingsValidationResult(IReadOnlyList<SettingError> errors) => Errors = errors;

    /// <summary>The settings are valid.</summary>
    public static SettingsValidationResult Valid { get; } = new([]);

    /// <summary>Whether there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The errors, empty when valid.</summary>
    public IReadOnlyList<SettingError> Errors { get; }

    /// <summary>The settings are refused for these reasons.</summary>
    /// <param name="errors">At least one error.</param>
    /// <returns>An invalid result.</returns>
    /// <exception cref="ArgumentException">No error was given.</exception>
    public static SettingsValidationResult Invalid(params IEnumerable<SettingError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        return list.Length == 0
            ? throw new ArgumentException("An invalid result needs at least one error.", nameof(errors))
            : new SettingsValidationResult(list);
    }
}
