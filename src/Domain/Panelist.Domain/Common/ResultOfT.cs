namespace Panelist.Domain.Common;

/// <summary>The outcome of a domain operation: the changed object, or the rule that refused it.</summary>
public sealed class Result<T>
{
    private Result(T? value, DomainError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public DomainError? Error { get; }

    public bool Succeeded => Error is null;

    internal static Result<T> Of(T? value, DomainError? error) => new(value, error);

    /// <summary>The value, or an exception naming the refusing rule; for callers that expect success.</summary>
    public T Unwrap() => Succeeded ? Value! : throw new InvalidOperationException($"{Error!.Code}: {Error.Message}");
}
