using System.Buffers.Text;
using System.Text;
using Panelist.Domain.Common;

namespace Panelist.Domain.Tests.Common;

/// <summary>Global ids read back as they were made, and anything else a client may send reads as no id at all.</summary>
public sealed class GlobalIdsTests
{
    private static readonly Guid Id = Guid.Parse("01a1998f-cafb-7d77-a864-88f7d7828d9d");

    [Theory]
    [InlineData("Interview")]
    [InlineData("Engagement")]
    [InlineData("Ümlaut")]
    public void An_id_reads_back_as_its_type_and_key(string typeName)
    {
        var encoded = GlobalIds.Encode(typeName, Id);

        Assert.True(GlobalIds.TryDecode(encoded, out var name, out var key));
        Assert.Equal(typeName, name);
        Assert.Equal(Id, key);
        Assert.Equal(Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{Id:N}")), encoded);
    }

    [Fact]
    public void Upper_case_hex_reads_as_the_same_key() =>
        Assert.True(GlobalIds.TryDecode(Of("Interview:" + Id.ToString("N").ToUpperInvariant()), out _, out var key) && key == Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("SW50ZXJ2aWV3")]
    public void Text_that_is_no_id_reads_as_none(string? value)
    {
        Assert.False(GlobalIds.TryDecode(value, out var name, out var key));
        Assert.Equal("", name);
        Assert.Equal(Guid.Empty, key);
    }

    [Theory]
    [InlineData(":01a1998fcafb7d77a86488f7d7828d9d")]
    [InlineData("Interview01a1998fcafb7d77a86488f7d7828d9d")]
    [InlineData("Interview:01a1998fcafb7d77a86488f7d7828d9")]
    [InlineData("Interview:01a1998fcafb7d77a86488f7d7828d9d0")]
    [InlineData("Interview:01a1998f-cafb-7d77-a864-88f7d7828d9d")]
    [InlineData("Interview:01a1998fcafb7d77a86488f7d7828dzz")]
    public void A_decoded_text_without_a_name_and_32_hex_digits_reads_as_none(string text) =>
        Assert.False(GlobalIds.TryDecode(Of(text), out _, out _));

    [Fact]
    public void An_id_longer_than_200_characters_reads_as_none() =>
        Assert.False(GlobalIds.TryDecode(Of(new string('A', 150) + $":{Id:N}"), out _, out _));

    [Fact]
    public void Many_distinct_type_names_still_read_back() =>
        Assert.All(Enumerable.Range(0, 300), i => Assert.True(GlobalIds.TryDecode(GlobalIds.Encode($"T{i}", Id), out var name, out _) && name == $"T{i}"));

    private static string Of(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
