namespace Panelist.Domain.Common;

/// <summary>Factories for <see cref="Result{T}"/>.</summary>
public static class Result
{
    public static Result<T> Success<T>(T value) => Result<T>.Of(value, null);

    public static Result<T> Failure<T>(DomainError error) => Result<T>.Of(default, error);
}
