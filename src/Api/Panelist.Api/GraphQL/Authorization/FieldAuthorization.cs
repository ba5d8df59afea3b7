using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
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

    public static Role[]? RolesOf(IFieldType field) => field.GetMetadata<Role[]?>(RolesKey);

    public static Actor Actor(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestContext>().Actor;
}
