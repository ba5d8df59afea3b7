using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public sealed class RubricQueries : IConnectionSource<Rubric>
{
    private RubricQueries()
    {
    }

    public static string Entity => "Rubric";

    public static FilterSpec<Rubric> Filters { get; } = new FilterSpec<Rubric>()
        .Text("name", r => r.Name)
        .Text("roleFamily", r => r.RoleFamily);

    public static SortSpec<Rubric> Sorts { get; } = new SortSpec<Rubric>(r => r.Id)
        .Default("name", r => r.Name)
        .Field("name", r => r.Name)
        .Field("roleFamily", r => r.RoleFamily)
        .Field("createdAt", r => r.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<RubricQueries, RubricType, Rubric>("rubrics",
            "Your organization's rubrics (an interviewer's: those of their engagements and certifications). Templates are listed by rubricTemplates.",
            Roles.Everyone, ctx => RubricLoaders.Visible(ctx).Where(r => r.OrganizationId != null));

        query.Connection<RubricQueries, RubricType, Rubric>("rubricTemplates",
            "The platform's library of template rubrics, which copyRubricTemplate copies into your organization.",
            Roles.Organization, ctx => RubricLoaders.Visible(ctx).Where(r => r.OrganizationId == null));

        query.Field<RubricType>("rubric")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => RubricLoaders.Rubric(ctx, NodeQueries.IdOf(ctx, "Rubric")).OrNotFound("rubric"));
    }
}
