using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Expressions;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Interviewers;

/// <summary>Interviewer search: skill and level, language, country, time zone, rate range, status.</summary>
public sealed class InterviewerQueries : IConnectionSource<Interviewer>
{
    private InterviewerQueries()
    {
    }

    public static string Entity => "Interviewer";

    public static FilterSpec<Interviewer> Filters { get; } = new FilterSpec<Interviewer>()
        .Text("name", i => i.Name)
        .Code("countryCode", i => i.CountryCode, c => c.ToUpperInvariant(), "ISO 3166-1 alpha-2, in either case.")
        .Text("timeZone", i => i.TimeZone, "IANA id, e.g. Europe/Berlin.")
        .Field<InterviewerStatus, EnumFilterInputType<InterviewerStatusType>>("status", i => i.Status)
        .Code("rateCurrency", i => i.RateCurrency, c => c.ToUpperInvariant(), "ISO 4217, in either case; a rate filter needs rateCurrency: { eq }.")
        .Field<decimal, DecimalFilterInputType>("hourlyRate", i => i.HourlyRate, "Needs rateCurrency: { eq } alongside: amounts are not converted.")
        .Field<decimal, DecimalFilterInputType>("perInterviewRate", i => i.PerInterviewRate, "Needs rateCurrency: { eq } alongside: amounts are not converted.")
        .Field<DateTime, DateTimeFilterInputType>("createdAt", i => i.CreatedAt)
        .Custom<SkillLevelFilterInputType>("skill", "Holds this skill at minLevel or above.", SkillFilter)
        .Custom<LanguageLevelFilterInputType>("language", "Speaks this language at minLevel or above.", LanguageFilter)
        .Check(InterviewerFilterRules.RatesNeedOneCurrency)
        .Check(InterviewerFilterRules.SkillsExist);

    public static SortSpec<Interviewer> Sorts { get; } = new SortSpec<Interviewer>(i => i.Id)
        .Default("name", i => i.Name)
        .Field("name", i => i.Name)
        .Field("countryCode", i => i.CountryCode)
        .Field("hourlyRate", i => i.HourlyRate)
        .Field("perInterviewRate", i => i.PerInterviewRate)
        .Field("createdAt", i => i.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<InterviewerQueries, InterviewerType, Interviewer>("interviewers", "Search interviewers' public profiles.", Roles.Everyone,
            ctx => ctx.Db().Interviewers.AsNoTracking());

        query.Field<InterviewerType>("interviewer")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => InterviewerLoaders.Interviewer(ctx, NodeQueries.IdOf(ctx, "Interviewer")).OrNotFound("interviewer"));
    }

    private static System.Linq.Expressions.Expression<Func<Interviewer, bool>> SkillFilter(IDictionary<string, object?> input, PanelistDbContext db)
    {
        var slug = ((string)input["slug"]!).Trim().ToLowerInvariant();
        // Levels run 1–5, so clamping to 1–6 answers the same and keeps the literal to six values.
        var minLevel = input.TryGetValue("minLevel", out var level) && level is int l ? Math.Clamp(l, 1, 6) : 1;
        return QueryExpressions.WithLiteral<Func<Interviewer, bool>>(
            i => i.Skills.Any(s => s.Level >= minLevel && db.Skills.Any(k => k.Id == s.SkillId && k.Slug == slug)), nameof(minLevel));
    }

    private static System.Linq.Expressions.Expression<Func<Interviewer, bool>> LanguageFilter(IDictionary<string, object?> input, PanelistDbContext _)
    {
        var code = KnownLanguage((string)input["code"]!);
        var min = input.TryGetValue("minLevel", out var level) && level is LanguageLevel m ? m : LanguageLevel.Conversational;
        var levels = Enum.GetValues<LanguageLevel>().Where(v => v >= min).ToList();
        return i => i.Languages.Any(x => x.Code == code && levels.Contains(x.Level));
    }

    private static string KnownLanguage(string code)
    {
        try
        {
            return Guard.Language(code, "where.language.code");
        }
        catch (DomainRuleException e)
        {
            throw ApiError.BadInput($"where.language.code: {e.Message}");
        }
    }
}
