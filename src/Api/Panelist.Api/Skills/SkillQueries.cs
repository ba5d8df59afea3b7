using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Skills;

namespace Panelist.Api.Skills;

public sealed class SkillQueries : IConnectionSource<Skill>
{
    private SkillQueries()
    {
    }

    public static string Entity => "Skill";

    public static FilterSpec<Skill> Filters { get; } = new FilterSpec<Skill>()
        .Text("slug", s => s.Slug)
        .Text("name", s => s.Name)
        .Text("category", s => s.Category);

    public static SortSpec<Skill> Sorts { get; } = new SortSpec<Skill>(s => s.Id)
        .Default("name", s => s.Name)
        .Field("name", s => s.Name)
        .Field("slug", s => s.Slug)
        .Field("category", s => s.Category);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<SkillQueries, SkillType, Skill>("skills", "The skill taxonomy.", Roles.Everyone, ctx => ctx.Db().Skills.AsNoTracking());
    }
}
