using System.Security.Cryptography;
using System.Text;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>The SHA-256 of a document's UTF-8 text as lowercase hex: the id APQ and graphql-codegen use.</summary>
public static class DocumentHash
{
    public static string Of(string document)
    {
        var max = Encoding.UTF8.GetMaxByteCount(document.Length);
        var bytes = max <= 4096 ? stackalloc byte[max] : new byte[max];
        var length = Encoding.UTF8.GetBytes(document, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..length], hash);
        return Convert.ToHexStringLower(hash);
    }

    public static bool IsWellFormed(string hash) =>
        hash.Length == 64 && hash.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
