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

    /// <summary>Introspection is free in the complexity model; these bound it instead (see <see cref="IntrospectionLimitRule"/>).</summary>
    public int MaxIntrospectionRoots { get; set; } = 5;

    /// <summary>The standard introspection query nests three lists (<c>types → fields → args</c>), as graphql-js's own limit allows.</summary>
    public int MaxIntrospectionListNesting { get; set; } = 3;

    /// <summary>
    /// A pessimistic estimate of the values an introspection can answer (each field times the longest list around it).
    /// graphql-js's full introspection query estimates at 2.7 million here (it answers about 13,000); the bound
    /// leaves room for the schema to grow several times over and still refuses a few dozen aliased deep lists.
    /// </summary>
    public double MaxIntrospectionValues { get; set; } = 20_000_000;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per client (token subject, or address when anonymous) per window.</summary>
    public int RequestsPerWindow { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// On PostgreSQL, permits a replica leases from a client's shared budget at a time (see <see cref="SharedWindowRateLimiter"/>):
    /// one database round trip per slice. 0 (the default) takes a twentieth of <see cref="RequestsPerWindow"/>, from 1 to 100.
    /// </summary>
    public int RateLimitSlice { get; set; }
}
