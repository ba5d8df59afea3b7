namespace Panelist.Domain.Common;

/// <summary>Links people follow and webhooks we call: absolute https URLs with a host and no credentials in them.</summary>
public static class HttpsUrl
{
    public const int MaxLength = 2000;

    public static string Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new DomainRuleException(ErrorCodes.InvalidUrl, "Give an absolute https URL without credentials.", field);
        }

        return uri.AbsoluteUri;
    }
}
