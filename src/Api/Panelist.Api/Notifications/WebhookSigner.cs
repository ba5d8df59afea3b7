using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Panelist.Api.Notifications;

/// <summary>
/// How a receiver checks a webhook: <c>X-Panelist-Signature: sha256=&lt;hex HMAC-SHA256 of "&lt;timestamp&gt;.&lt;body&gt;"&gt;</c>
/// with <c>X-Panelist-Timestamp</c> in Unix seconds; signing the timestamp lets the receiver refuse replays of old calls.
/// </summary>
public static class WebhookSigner
{
    public const string SignatureHeader = "X-Panelist-Signature";
    public const string TimestampHeader = "X-Panelist-Timestamp";
    public const string DeliveryHeader = "X-Panelist-Delivery";

    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));
}
