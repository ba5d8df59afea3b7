namespace Panelist.Api.GraphQL.Documents;

/// <summary>The <c>PersistedDocuments</c> section: the parsed-document cache, Apollo APQ and the trusted-documents mode.</summary>
public sealed class DocumentOptions
{
    public const string Section = "PersistedDocuments";

    /// <summary>
    /// A JSON manifest <c>{ "&lt;sha256&gt;": "&lt;document&gt;" }</c> (graphql-codegen's persisted-documents output).
    /// When set, only the operations it lists are executed; unset (the default) accepts any document.
    /// </summary>
    public string? TrustedDocuments { get; set; }

    /// <summary>In trusted mode, still accept ad-hoc documents that only introspect (GraphiQL, codegen against a live server).</summary>
    public bool AllowIntrospection { get; set; }

    /// <summary>The parsed-document cache's bound, in characters of document text (each entry costs its text's length).</summary>
    public long DocumentCacheChars { get; set; } = 4_000_000;

    /// <summary>The APQ store's bound per replica, in characters of document text; an evicted hash makes the client resend its text.</summary>
    public long AutomaticPersistedQueryChars { get; set; } = 4_000_000;
}
