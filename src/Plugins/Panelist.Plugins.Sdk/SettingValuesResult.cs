namespace Panelist.Plugins.Sdk;

/// <summary>(SDK 1.1) The outcome of <see cref="ISettingValueSource.ListValuesAsync"/>: the vendor's values, or why they could not be listed.</summary>
public sealed class SettingValuesResult
{
    private SettingValuesResult(IReadOnlyList<SettingChoice> values, string? reason)
    {
        Values = values;
        Reason = reason;
    }

    /// <summary>Whether the values were listed.</summary>
    public bool Succeeded => Reason is null;

    /// <summary>The values, in the order a settings UI shows them; empty on failure.</summary>
    public IReadOnlyList<SettingChoice> Values { get; }

    /// <summary>Why the values could not be listed, for an admin; <see langword="null"/> on success.</summary>
    public string? Reason { get; }

    /// <summary>The vendor's values.</summary>
    /// <param name="values">Value and label pairs; may be empty.</param>
    /// <returns>A successful result.</returns>
    public static SettingValuesResult Ok(IEnumerable<SettingChoice> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new([.. values], null);
    }

    /// <summary>The values could not be listed.</summary>
    /// <param name="reason">Why, in words an admin can act on; never a secret.</param>
    /// <returns>A failed result.</returns>
    public static SettingValuesResult Failed(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new([], reason);
    }
}
