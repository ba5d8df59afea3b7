using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Panelist.Api.GraphQL.Errors;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>Relay paging arguments, checked: 1–100 items, one direction at a time, default <c>first: 20</c>.</summary>
public sealed record ConnectionArguments(int Size, bool Backward, string? Cursor, CursorSigner Signer)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>Adds the paging arguments; the field's children cost as many times as the page holds items.</summary>
    public static void AddTo<TSource, TReturn>(FieldBuilder<TSource, TReturn> field) => field
        .WithComplexityImpact(c => new FieldComplexityResult(1, PageSize(c)))
        .Argument<IntGraphType>("first", "Returns the first n items (1–100; 20 when neither first nor last is given).")
        .Argument<StringGraphType>("after", "Returns the items after this cursor.")
        .Argument<IntGraphType>("last", "Returns the last n items (1–100).")
        .Argument<StringGraphType>("before", "Returns the items before this cursor.");

    /// <summary>The page size a request asks for, as the complexity analysis sees it (arguments are absent when none are given).</summary>
    private static int PageSize(FieldImpactContext c) =>
        c.Arguments is { } args && (args.TryGetValue("first", out var value) || args.TryGetValue("last", out value)) && value.Value is int size
            ? size
            : DefaultPageSize;

    public static ConnectionArguments From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw ApiError.BadInput("Pass first or last, not both.");
        }

        if (after is not null && before is not null)
        {
            throw ApiError.BadInput("Pass after or before, not both.");
        }

        var size = first ?? last ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
        {
            throw ApiError.BadInput($"{(last is null ? "first" : "last")} must be between 1 and {MaxPageSize}.");
        }

        var signer = context.RequestServices!.GetRequiredService<CursorSigner>();
        return last is null ? new ConnectionArguments(size, false, after, signer) : new ConnectionArguments(size, true, before, signer);
    }
}
