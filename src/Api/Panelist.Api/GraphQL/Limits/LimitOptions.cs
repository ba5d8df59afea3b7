namespace Panelist.Api.GraphQL.Limits;

/// <summary>The <c>Limits</c> section: what one request may ask of the server.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Request bodies above this get 413.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>GraphQL documents above this many characters are refused with DOCUMENT_TOO_LARGE.</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    public int MaxDepth { get; set; } = 15;

    /// <summary>Fields cost 1, multiplied by the page size (first/last, default 20) of every enclosing connection and by 5 for plain lists.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per client (token subject, or address when anonymous) per window.</summary>
    public int RequestsPerWindow { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
