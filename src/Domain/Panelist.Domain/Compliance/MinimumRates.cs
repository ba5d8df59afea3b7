using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Compliance;

/// <summary>
/// The minimum-rate check every place that sets or agrees a rate calls. The rules that bind an
/// interviewer are those of the country they live in and of their classification jurisdiction (with
/// its country). Amounts are compared in the rule's own currency only: there is no FX conversion, so a
/// rate in another currency is not held to that rule.
/// </summary>
public static class MinimumRates
{
    public static async Task EnsureAtLeastAsync(PanelistDbContext db, Interviewer interviewer, RateUnit unit, Money rate, DateTime at, string field, CancellationToken ct)
    {
        var floor = await FloorAsync(db, interviewer, unit, rate.Currency, at, ct);
        if (floor is { } rule && rate.Amount < rule.Amount)
        {
            throw new DomainRuleException(ErrorCodes.RateBelowMinimum,
                $"{rate} {(unit == RateUnit.PerHour ? "per hour" : "per interview")} is below the minimum of {rule.Amount:0.00##} {rule.Currency} in {rule.Jurisdiction} ({rule.Source}).", field);
        }
    }

    /// <summary>The highest floor in force for the unit and currency, or null when none binds.</summary>
    public static async Task<MinimumRateRule?> FloorAsync(PanelistDbContext db, Interviewer interviewer, RateUnit unit, string currency, DateTime at, CancellationToken ct)
    {
        var jurisdictions = JurisdictionsOf(interviewer);
        var rules = await db.MinimumRateRules.AsNoTracking()
            .Where(r => jurisdictions.Contains(r.Jurisdiction) && r.Unit == unit && r.Currency == currency && r.EffectiveFrom <= at)
            .ToListAsync(ct);
        return rules.Where(r => r.IsInForceAt(at)).MaxBy(r => r.Amount);
    }

    public static List<string> JurisdictionsOf(Interviewer interviewer)
    {
        var list = new List<string> { interviewer.CountryCode };
        if (interviewer.ClassificationJurisdiction is { } j)
        {
            list.AddRange(Jurisdictions.Covering(j));
        }

        return [.. list.Distinct(StringComparer.Ordinal)];
    }
}
