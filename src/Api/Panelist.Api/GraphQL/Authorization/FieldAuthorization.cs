using GraphQL;
using GraphQL.Builders;
using GraphQL.Instrumentation;
using GraphQL.Types;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Errors;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Authorization;

/// <summary>Per-field role checks: a field marked with <see cref="AllowRoles{TSource,TReturn}"/> answers FORBIDDEN to other roles.</summary>
public static class FieldAuthorization
{
    private const string RolesKey = "panelist:roles";

    public static FieldBuilder<TSource, TReturn> AllowRoles<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Role[] roles) =>
        field.WithMetadata(RolesKey, roles);

    public static FieldType AllowRoles(this FieldType field, Role[] roles)
    {
        field.Metadata[RolesKey] = roles;
        return field;
    }

    internal static Role[]? RolesOf(IFieldType field) => field.GetMetadata<Role[]?>(RolesKey);

    public static Actor Actor(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestContext>().Actor;
}

/// <summary>Runs before every resolver; cheap when the field carries no role list.</summary>
public sealed class AuthorizationFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (FieldAuthorization.RolesOf(context.FieldDefinition) is { } roles && !roles.Contains(context.Actor().Role))
        {
            throw ApiError.Forbidden($"The role {PanelistClaims.RoleName(context.Actor().Role)} may not use {context.ParentType.Name}.{context.FieldDefinition.Name}.");
        }

        return next(context);
    }
}
