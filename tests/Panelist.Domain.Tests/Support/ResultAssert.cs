using Panelist.Domain.Common;

namespace Panelist.Domain.Tests.Support;

/// <summary>Assertions on <see cref="Result{T}"/> that name the refusing rule when they fail.</summary>
public static class ResultAssert
{
    public static T Succeeds<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, result.Error is { } error ? $"Refused with {error.Code}: {error.Message}" : null);
        return result.Value!;
    }

    public static DomainError Refuses<T>(Result<T> result, string code)
    {
        Assert.False(result.Succeeded, $"Expected a refusal with {code}, but the operation succeeded.");
        var error = result.Error;
        Assert.NotNull(error);
        Assert.Equal(code, error.Code);
        return error;
    }
}
