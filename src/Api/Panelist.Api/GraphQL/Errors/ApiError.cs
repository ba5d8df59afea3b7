using GraphQL;

namespace Panelist.Api.GraphQL.Errors;

/// <summary>A GraphQL error with one of <see cref="ApiErrorCodes"/>; its message is meant for the client.</summary>
public sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message) : base(message) => Code = code;

    public static ApiError NotFound(string what) => new(ApiErrorCodes.NotFound, $"No {what} with that id is visible to you.");

    public static ApiError Forbidden(string message) => new(ApiErrorCodes.Forbidden, message);

    public static ApiError BadInput(string message) => new(ApiErrorCodes.BadUserInput, message);

    public static ApiError InvalidCursor() => new(ApiErrorCodes.InvalidCursor, "The cursor is malformed or belongs to another query.");
}
