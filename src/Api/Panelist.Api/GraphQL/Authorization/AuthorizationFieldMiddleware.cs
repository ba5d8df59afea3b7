using GraphQL;
using GraphQL.Instrumentation;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Errors;

namespace Panelist.Api.GraphQL.Authorization;

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
