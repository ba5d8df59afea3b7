using System.Net.Mail;
using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Relay addresses: for vendors that accept addresses that are not users, an installation names each interviewer
/// with an address of the client's relay domain built from the interviewer's id, never with their real address.
/// </summary>
public static class RelayAddresses
{
    public const string Placeholder = "{interviewerId}";

    /// <summary>RFC 5321's limit for a whole address, checked with the placeholder filled in.</summary>
    private const int MaxAddressLength = 254;

    /// <summary>The pattern, trimmed, when it makes a plain address with the placeholder once in its local part; null clears it.</summary>
    public static string? Validate(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return null;
        }

        var trimmed = pattern.Trim();
        var at = trimmed.LastIndexOf('@');
        var placeholder = trimmed.IndexOf(Placeholder, StringComparison.Ordinal);
        if (placeholder < 0 || placeholder != trimmed.LastIndexOf(Placeholder, StringComparison.Ordinal) || at < placeholder)
        {
            throw Invalid($"The pattern must contain {Placeholder} once, before the @ (e.g. interviewer-{Placeholder}@relay.example.com).");
        }

        var sample = Apply(trimmed, Guid.Empty);
        if (sample.Length > MaxAddressLength
            || !MailAddress.TryCreate(sample, out var address)
            || address.Address != sample
            || address.DisplayName.Length > 0
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            throw Invalid($"With {Placeholder} filled in, the pattern must be a plain e-mail address (local-part@domain.tld, at most {MaxAddressLength} characters).");
        }

        return trimmed;
    }

    public static string Apply(string pattern, Guid interviewerId) =>
        pattern.Replace(Placeholder, interviewerId.ToString("D"), StringComparison.Ordinal);

    private static DomainRuleException Invalid(string message) => new(ErrorCodes.ValidationFailed, message, "pattern");
}
