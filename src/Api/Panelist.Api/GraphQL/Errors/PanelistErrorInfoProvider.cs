using GraphQL;
using System.Text.RegularExpressions;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Panelist.Api.GraphQL.Limits;
using Panelist.Api.GraphQL.Scalars;

namespace Panelist.Api.GraphQL.Errors;

/// <summary>
/// The one place errors are shaped for clients: every error has <c>extensions.code</c>; an unexpected
/// exception becomes <c>INTERNAL</c> with a generic message (details only in Development).
/// </summary>
public sealed partial class PanelistErrorInfoProvider(IHostEnvironment environment) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = environment.IsDevelopment(),
    ExposeData = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        if (executionError is UnhandledError { InnerException: GraphQLParser.Exceptions.GraphQLMaxDepthExceededException })
        {
            return new ErrorInfo
            {
                Message = "The document nests too deep to parse.",
                Extensions = new Dictionary<string, object?> { ["code"] = ApiErrorCodes.MaxDepthExceeded },
            };
        }

        if (executionError is ComplexityError)
        {
            // ComplexityLimits issues the depth verdict as its own type; every other complexity error (the
            // analyzer's total, the introspection bound) is a complexity verdict.
            extensions["code"] = executionError is QueryTooDeepError ? ApiErrorCodes.MaxDepthExceeded : ApiErrorCodes.MaxComplexityExceeded;
            extensions.Remove("codes");
        }

        if (executionError is UnhandledError && !environment.IsDevelopment())
        {
            extensions.Remove("details");
            extensions["code"] = ApiErrorCodes.Internal;
            extensions.Remove("codes");
            return new ErrorInfo { Message = "An internal error occurred; it has been logged.", Extensions = extensions };
        }

        if (executionError is TimeoutError)
        {
            extensions["code"] = ApiErrorCodes.Timeout;
        }

        if (executionError is not UnhandledError)
        {
            // Expected refusals (FORBIDDEN, NOT_FOUND, validation…) are the client's to read, not a bug: no trace, even in Development.
            extensions.Remove("details");
        }

        if (!extensions.TryGetValue("code", out var code) || code is null)
        {
            extensions["code"] = executionError is UnhandledError ? ApiErrorCodes.Internal : ApiErrorCodes.BadRequest;
        }

        return new ErrorInfo { Message = ExplainInstants(executionError, info.Message), Extensions = extensions };
    }

    /// <summary>
    /// The engine words a refused date as "Unable to convert" (variables) or "Expected type" (literals)
    /// without saying what is wrong; clients need to hear that the offset is missing.
    /// </summary>
    private static string ExplainInstants(ExecutionError error, string message)
    {
        if (error is InvalidVariableError { InnerException: InstantFormatException reason })
        {
            var cut = message.IndexOf(" is invalid.", StringComparison.Ordinal);
            return cut < 0 ? $"{message} {reason.Message}" : $"{message[..(cut + 12)]} {reason.Message}";
        }

        return error is ValidationError
            ? RefusedLiteral().Replace(message, m => $"{m.Value} {Instants.Explain(m.Groups["value"].Value)}")
            : message;
    }

    [GeneratedRegex("""Expected type 'DateTime(Offset)?', found "(?<value>[^"\\]*)"\.""")]
    private static partial Regex RefusedLiteral();
}
