using Panelist.Domain.Common;

namespace Panelist.Domain.Compliance;

/// <summary>The table of minimum-rate rules, kept by platform admins.</summary>
public sealed class MinimumRateService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<MinimumRateRule>> AddAsync(string jurisdiction, string currency, decimal amount, RateUnit unit, DateTime effectiveFrom,
        DateTime? effectiveTo, string source, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var rule = new MinimumRateRule(jurisdiction, currency, amount, unit, effectiveFrom, effectiveTo, source);
        Db.MinimumRateRules.Add(rule);
        await Audit.RecordPlatformAsync("minimum_rate_rule.added", nameof(MinimumRateRule), rule.Id,
            new { rule.Jurisdiction, rule.Currency, rule.Amount, rule.Unit, rule.EffectiveFrom, rule.EffectiveTo, rule.Source }, ct);
        return rule;
    }, ct);
}
