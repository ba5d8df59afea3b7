using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Panelist.Domain.Persistence;

/// <summary>Every stored instant is UTC: written as UTC, read back with <see cref="DateTimeKind.Utc"/> (SQLite forgets the kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
