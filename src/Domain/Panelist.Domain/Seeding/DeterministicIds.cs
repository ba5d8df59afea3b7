namespace Panelist.Domain.Seeding;

/// <summary>
/// Version 7 style GUIDs from a seeded generator: the same seed gives the same ids, and ids still sort
/// in creation order like <see cref="Guid.CreateVersion7()"/>.
/// </summary>
internal sealed class DeterministicIds(Random random, DateTime anchor)
{
    private long _counter;

    public Guid Next()
    {
        var milliseconds = new DateTimeOffset(anchor).ToUnixTimeMilliseconds() + _counter++;
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A second id tied to <paramref name="id"/> (same time prefix, its random tail inverted), made without a draw.</summary>
    public static Guid Derived(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        for (var i = 9; i < 16; i++)
        {
            bytes[i] = (byte)~bytes[i];
        }

        return new Guid(bytes, bigEndian: true);
    }
}
