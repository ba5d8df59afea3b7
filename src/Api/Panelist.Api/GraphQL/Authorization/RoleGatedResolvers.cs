using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Errors;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Authorization;

/// <summary>
/// Puts the role check in front of the resolver of each field that carries a role list (<see cref="FieldAuthorization.AllowRoles{TSource,TReturn}"/>),
/// once, when the schema is built. A field middleware did the same for every field of every response (a page of
/// 50 interviews resolves about 400 fields, almost none of them role-gated), which cost a delegate call and a
/// metadata look-up each; ungated fields now run their own resolver directly. Stream resolvers (subscriptions)
/// are checked where they open (<see cref="Subscriptions.ChangedRows.Authorize"/>).
/// </summary>
public sealed class RoleGatedResolvers : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (FieldAuthorization.RolesOf(field) is { } roles && field.Resolver is not Gate)
        {
            field.Resolver = new Gate(type.Name, field.Name, roles, field.Resolver ?? NameFieldResolver.Instance);
        }
    }

    private sealed class Gate(string typeName, string fieldName, Role[] roles, IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var role = context.Actor().Role;
            if (Array.IndexOf(roles, role) < 0)
            {
                throw ApiError.Forbidden($"The role {PanelistClaims.RoleName(role)} may not use {typeName}.{fieldName}.");
            }

            return inner.ResolveAsync(context);
        }
    }
}
