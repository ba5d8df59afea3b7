using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.Skills;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Interviewers;

/// <summary>
/// Interviewer search input that compiles but would answer wrongly: rate ranges across currencies
/// (no conversion exists, so 100 USD and 100 EUR would compare as equal) and skill slugs that match
/// nothing (a typo would look like "nobody has this skill").
/// </summary>
internal static class InterviewerFilterRules
{
    private static readonly string[] RateFields = ["hourlyRate", "perInterviewRate"];

    /// <summary>
    /// Every rate comparison must sit where one currency holds: <c>rateCurrency: { eq }</c> in the same
    /// filter object, in an enclosing one, or in a sibling of an <c>and</c> list.
    /// </summary>
    public static Task RatesNeedOneCurrency(IDictionary<string, object?> where, PanelistDbContext db, IServiceProvider services, CancellationToken ct)
    {
        RequireCurrency(where, inherited: false);
        return Task.CompletedTask;
    }

    /// <summary>All skill slugs of the filter, checked against the catalog in one query (none when all were seen before).</summary>
    public static async Task SkillsExist(IDictionary<string, object?> where, PanelistDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var slugs = Objects(where).Select(o => o.TryGetValue("skill", out var skill) ? (skill as IDictionary<string, object?>)?["slug"] as string : null)
            .OfType<string>().Select(s => s.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count == 0)
        {
            return;
        }

        var cache = services.GetRequiredService<KnownSkillSlugs>();
        var unseen = slugs.Where(s => !cache.Contains(s)).ToList();
        if (unseen.Count == 0)
        {
            return;
        }

        var known = await db.Skills.AsNoTracking().Where(s => unseen.Contains(s.Slug)).Select(s => s.Slug).ToListAsync(ct);
        known.ForEach(cache.Add);
        var unknown = unseen.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw ApiError.BadInput($"where.skill.slug: no skill has the slug {string.Join(", ", unknown.Select(s => $"'{s}'"))}; the skills query lists them.");
        }
    }

    private static void RequireCurrency(IDictionary<string, object?> filter, bool inherited)
    {
        var fixedHere = inherited || HasOneCurrency(filter)
            || (filter.TryGetValue("and", out var and) && Children(and).Any(HasOneCurrency));
        var rate = RateFields.FirstOrDefault(f => filter.TryGetValue(f, out var ops) && ops is not null);
        if (rate is not null && !fixedHere)
        {
            throw ApiError.BadInput(
                $"where.{rate}: rates are compared within one currency; add rateCurrency: {{ eq: \"EUR\" }} (or another ISO 4217 code) to the same filter.");
        }

        foreach (var key in new[] { "and", "or" })
        {
            if (filter.TryGetValue(key, out var list))
            {
                foreach (var child in Children(list))
                {
                    RequireCurrency(child, fixedHere);
                }
            }
        }

        if (filter.TryGetValue("not", out var not) && not is IDictionary<string, object?> negated)
        {
            RequireCurrency(negated, fixedHere);
        }
    }

    private static bool HasOneCurrency(IDictionary<string, object?> filter) =>
        filter.TryGetValue("rateCurrency", out var ops) && ops is IDictionary<string, object?> currency
        && currency.TryGetValue("eq", out var eq) && eq is string;

    private static IEnumerable<IDictionary<string, object?>> Children(object? list) =>
        (list as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>() ?? [];

    /// <summary>The filter object and every one nested in it through and / or / not.</summary>
    private static IEnumerable<IDictionary<string, object?>> Objects(IDictionary<string, object?> filter)
    {
        yield return filter;
        var nested = Children(filter.TryGetValue("and", out var and) ? and : null)
            .Concat(Children(filter.TryGetValue("or", out var or) ? or : null))
            .Concat(filter.TryGetValue("not", out var not) && not is IDictionary<string, object?> n ? [n] : []);
        foreach (var child in nested.SelectMany(Objects))
        {
            yield return child;
        }
    }
}
