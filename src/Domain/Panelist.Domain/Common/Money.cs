namespace Panelist.Domain.Common;

/// <summary>An amount in an ISO 4217 currency. Decimal, never float: money is counted, not measured.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public Money Add(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new DomainRuleException(ErrorCodes.CurrencyMismatch, $"Cannot add {other.Currency} to {Currency}.");
        }

        return this with { Amount = Amount + other.Amount };
    }

    public override string ToString() => $"{Amount:0.00##} {Currency}";
}
