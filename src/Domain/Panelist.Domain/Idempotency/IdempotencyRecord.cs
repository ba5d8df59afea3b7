namespace Panelist.Domain.Idempotency;

/// <summary>
/// What one request sent with an <c>Idempotency-Key</c> did. A mutation field's row (path = its response
/// key) is written in the transaction of the change it made, so a committed change always has its row,
/// whatever happens to the process afterwards. Whole responses are no longer stored (they held candidate
/// data outside its read audit): <see cref="ResponsePath"/> and <see cref="Response"/> stay only until the
/// next migration drops the column.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The path of the row that holds the whole response body.</summary>
    public const string ResponsePath = "$";

    /// <summary>How long a key is remembered (Stripe's 24 hours).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public const int MaxKeyLength = 255;

    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(string scope, string key, string path, string requestHash, DateTime createdAt)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        Scope = scope;
        Key = key;
        Path = path;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private init; }

    /// <summary>The caller the key belongs to (token subject and organization): two callers never share a key.</summary>
    public string Scope { get; private init; } = "";

    public string Key { get; private init; } = "";

    /// <summary>The mutation field's response key (its alias or name), or <see cref="ResponsePath"/>.</summary>
    public string Path { get; private init; } = "";

    /// <summary>SHA-256 of the canonical request (query, operation name, variables): a key is bound to one request.</summary>
    public string RequestHash { get; private init; } = "";

    /// <summary>The EF entity type of the changed object, re-read by id on a replay.</summary>
    public string? ResultType { get; set; }

    public Guid? ResultId { get; set; }

    /// <summary>The whole response body (JSON), on the <see cref="ResponsePath"/> row only.</summary>
    public string? Response { get; set; }

    public DateTime CreatedAt { get; private init; }
}
