using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Domain.Common;
using Panelist.Domain.Idempotency;
using Panelist.Domain.Persistence;

namespace Panelist.Api.GraphQL.Mutations;

/// <summary>
/// Declares a Relay-style mutation: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c> whose payload
/// holds the changed object and <c>errors: [UserError!]!</c>.
/// </summary>
public static class MutationFields
{
    /// <summary>
    /// A mutation whose input is the C# record <typeparamref name="TInput"/>, named <c>VerbNounInput</c>, read
    /// through its <see cref="AutoRegisteringInputObjectGraphType{TSourceType}"/>: field names, types and
    /// nullability come from the record, so the compiler checks them.
    /// </summary>
    public static FieldType Mutation<TResultType, TInput, T>(this ObjectGraphType root, string name, string resultField, string description,
        Role[] roles, Func<IResolveFieldContext, TInput, Task<Result<T>>> run)
        where TResultType : IGraphType
    {
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        if (typeof(TInput).Name != pascal + "Input")
        {
            throw new InvalidOperationException($"The input of {name} must be a record named {pascal}Input, not {typeof(TInput).Name}.");
        }

        var inputFields = typeof(TInput).GetProperties().Select(p => InputIds.Path(p.Name)).ToHashSet(StringComparer.Ordinal);
        var field = new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(Payload<TResultType>(pascal, name, resultField)),
            Arguments = new QueryArguments(new QueryArgument(typeof(NonNullGraphType<AutoRegisteringInputObjectGraphType<TInput>>)) { Name = "input" }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                if (!roles.Contains(ctx.Actor().Role))
                {
                    // A refusal like any other: the payload says so and the request's other mutations keep their results.
                    return new MutationPayload(null, [new UserError(ErrorCodes.Forbidden,
                        $"The role {PanelistClaims.RoleName(ctx.Actor().Role)} may not use {name}.", null)]);
                }

                // A retry under the same Idempotency-Key answers with what this field committed before.
                var idempotency = ctx.Service<IdempotencyScope>();
                var responseKey = ctx.FieldAst.Alias?.Name.StringValue ?? name;
                if (idempotency.OutcomeOf(responseKey) is { } committed)
                {
                    return new MutationPayload(await ReloadAsync(ctx.Db(), committed, ctx.CancellationToken), []);
                }

                idempotency.Enter(responseKey);
                try
                {
                    var result = await run(ctx, ctx.GetArgument<TInput>("input"));
                    return result.Succeeded
                        ? new MutationPayload(result.Value, [])
                        : new MutationPayload(null, [ToUserError(result.Error!, inputFields)]);
                }
                catch (DomainRuleException refused)
                {
                    return new MutationPayload(null, [ToUserError(refused.Error, inputFields)]);
                }
                finally
                {
                    idempotency.Leave();
                }
            }),
        };
        root.AddField(field);
        return field;
    }

    private static ValueTask<object?> ReloadAsync(PanelistDbContext db, IdempotentOutcome committed, CancellationToken ct)
    {
        var entityType = db.Model.FindEntityType(committed.ResultType)
            ?? throw new InvalidOperationException($"The stored outcome names {committed.ResultType}, which is no entity type.");
        return db.FindAsync(entityType.ClrType, [committed.ResultId], ct);
    }

    private static ObjectGraphType<MutationPayload> Payload<TResultType>(string pascal, string name, string resultField)
        where TResultType : IGraphType
    {
        var payload = new ObjectGraphType<MutationPayload> { Name = pascal + "Payload", Description = $"The result of {name}." };
        payload.AddField(new FieldType
        {
            Name = resultField,
            Type = typeof(TResultType),
            Description = "The changed object; null when the mutation was refused.",
            Resolver = new FuncFieldResolver<MutationPayload, object?>(ctx => ctx.Source.Value),
        });
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why nothing changed; empty on success.")
            .Resolve(ctx => ctx.Source.Errors);
        return payload;
    }

    /// <summary>
    /// The path names the input field at fault when the input has it (list items by index, as strings:
    /// <c>["input", "ratings", "2", "criterionKey"]</c>); null when the refusal is about state, not a field.
    /// </summary>
    private static UserError ToUserError(DomainError error, HashSet<string> inputFields)
    {
        var segments = error.Field?.Split('.') ?? [];
        return new(error.Code, error.Message, segments.Length > 0 && inputFields.Contains(segments[0]) ? ["input", .. segments] : null);
    }
}
