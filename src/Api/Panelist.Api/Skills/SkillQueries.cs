using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Skills;

namespace Panelist.Api.Skills;

public static class SkillQueries
{
    public static readonly FilterSpec<Skill> Filters = new FilterSpec<Skill>()
        .Text("slug", s => s.Slug)
        .Text("name", s => s.Name)
        .Text("category", s => s.Category);

    public static readonly SortSpec<Skill> Sorts = new SortSpec<Skill>(s => s.Id)
        .Default("name", s => s.Name)
        .Field("name", s => s.Name)
        .Field("slug", s => s.Slug)
        .Field("category", s => s.Category);

    public static void AddTo(ObjectGraphType query)
    {
        var field = query.Field<NonNullGraphType<ConnectionGraphType<SkillType, Skill>>>("skills")
            .Description("The skill taxonomy.")
            .Argument<SkillFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<SkillSortInputType>>>("order")
            .AllowRoles(Roles.Everyone);
        ConnectionArguments.AddTo(field);
        field.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            Filters.Apply(ctx.Db().Skills.AsNoTracking(), ctx.Where(), ctx.Db()), Sorts.Keys(ctx.Order()), ConnectionArguments.From(ctx), "skills", ctx.CancellationToken));
    }
}

public sealed class SkillFilterInputType : InputObjectGraphType
{
    public SkillFilterInputType()
    {
        Name = "SkillFilterInput";
        SkillQueries.Filters.DeclareFields(this);
        FilterCombinators.Add<SkillFilterInputType>(this);
    }
}

public sealed class SkillSortInputType : InputObjectGraphType
{
    public SkillSortInputType()
    {
        Name = "SkillSortInput";
        SkillQueries.Sorts.DeclareFields(this);
    }
}
