using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public static class ComplianceQueries
{
    private static readonly Role[] WarningReaders = [Role.PlatformAdmin, Role.ClientAdmin, Role.Interviewer];

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<ListGraphType<NonNullGraphType<ComplianceWarningType>>>("complianceWarnings")
            .Description("Contracts and certifications that lapse within withinDays (default: the Compliance:WarningDays setting) or have lapsed, and classifications that need review. "
                + "Platform admins see every interviewer, client admins those invited to or on their engagements, an interviewer their own.")
            .Argument<IntGraphType>("withinDays", "1–365.")
            .AllowRoles(WarningReaders)
            .ResolveAsync(async ctx =>
            {
                var days = ctx.GetArgument<int?>("withinDays") ?? ctx.Service<IOptions<ComplianceOptions>>().Value.WarningDays;
                if (days is < 1 or > 365)
                {
                    throw ApiError.BadInput("withinDays must be between 1 and 365.");
                }

                return await ComplianceWarnings.ForAsync(ctx.Db(), ComplianceAccess.StatusReadable(ctx), Clock.Now(ctx.Service<TimeProvider>()), days, ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MinimumRateRuleType>>>>("minimumRateRules")
            .Description("The minimum-rate rules, optionally of one jurisdiction and those covering it (US covers US-CA), newest first.")
            .Argument<StringGraphType>("jurisdiction")
            .AllowRoles(Roles.Everyone)
            .ResolveAsync(async ctx =>
            {
                var rules = ctx.Db().MinimumRateRules.AsNoTracking();
                if (ctx.GetArgument<string?>("jurisdiction") is { } value)
                {
                    string[] covering;
                    try
                    {
                        covering = Jurisdictions.Covering(Jurisdictions.Normalize(value, "jurisdiction"));
                    }
                    catch (DomainRuleException e)
                    {
                        throw ApiError.BadInput($"jurisdiction: {e.Message}");
                    }

                    rules = rules.Where(r => covering.Contains(r.Jurisdiction));
                }

                return await rules.OrderByDescending(r => r.EffectiveFrom).ThenBy(r => r.Id).Take(500).ToListAsync(ctx.CancellationToken);
            });

        PayoutStatementQueries.AddTo(query);
    }
}
