namespace Panelist.Api.GraphQL.Documents;

/// <summary>The <c>extensions.code</c> values of the persisted-query layer (Apollo's names where Apollo has one).</summary>
public static class PersistedQueryCodes
{
    /// <summary>A hash this replica does not know (APQ), or a hash not in the manifest (trusted mode): resend with the text.</summary>
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Trusted mode: an ad-hoc document, or a text whose hash the manifest does not list.</summary>
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
}
