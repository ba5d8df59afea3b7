namespace Panelist.Api.GraphQL.Errors;

/// <summary>
/// <c>extensions.code</c> values of GraphQL errors (unexpected or request-level failures). Expected
/// failures of mutations are payload <c>errors</c> carrying the domain's codes instead.
/// </summary>
public static class ApiErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string BadRequest = "BAD_REQUEST";
    public const string Throttled = "THROTTLED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL";

    /// <summary>A connector could not do what was asked (list a setting's values): not loaded, not offering it, or the ATS failed.</summary>
    public const string ConnectorFailed = "CONNECTOR_FAILED";
    public const string IdempotencyKeyInvalid = "IDEMPOTENCY_KEY_INVALID";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string IdempotencyKeyInProgress = "IDEMPOTENCY_KEY_IN_PROGRESS";
}
