using Panelist.Domain.Common;

namespace Panelist.Domain.Compliance;

/// <summary>
/// A floor under interviewer rates in one jurisdiction and currency, in force from one date until an
/// optional end, with the law or policy it comes from (a statute, or the platform's own floor).
/// </summary>
public sealed class MinimumRateRule : Entity
{
    private MinimumRateRule()
        : base(default(FromStore))
    {
    }

    public MinimumRateRule(string jurisdiction, string currency, decimal amount, RateUnit unit, DateTime effectiveFrom, DateTime? effectiveTo, string source)
    {
        Jurisdiction = Jurisdictions.Normalize(jurisdiction, "jurisdiction");
        Currency = Guard.Currency(currency, "currency");
        Amount = Guard.Amount(amount, "amount");
        Unit = unit;
        EffectiveFrom = Clock.Truncate(Guard.Instant(effectiveFrom, "effectiveFrom"));
        EffectiveTo = Guard.OptionalInstant(effectiveTo, "effectiveTo") is { } to ? Clock.Truncate(to) : null;
        if (EffectiveTo is { } end && end <= EffectiveFrom)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "A rule must end after it takes effect.", "effectiveTo");
        }

        Source = Guard.Required(source, "source", 400);
    }

    public string Jurisdiction { get; private set; } = "";

    public string Currency { get; private set; } = "";

    public decimal Amount { get; private set; }

    public RateUnit Unit { get; private set; }

    public DateTime EffectiveFrom { get; private set; }

    public DateTime? EffectiveTo { get; private set; }

    public string Source { get; private set; } = "";

    public bool IsInForceAt(DateTime instant) => EffectiveFrom <= instant && (EffectiveTo is null || instant < EffectiveTo);
}
