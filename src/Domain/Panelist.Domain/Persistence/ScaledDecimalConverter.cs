using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Panelist.Domain.Persistence;

/// <summary>Decimal as an integer count of 1/10,000 units (4 decimals, as on PostgreSQL), for SQLite.</summary>
public sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(
    v => (long)(v * Scale),
    v => v / Scale)
{
    private const decimal Scale = 10_000m;
}
