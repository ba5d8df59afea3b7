using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Tests.Persistence;

/// <summary>A column set is one projection whatever order it is named in, and anything it cannot project reads whole rows.</summary>
public sealed class ColumnsTests
{
    [Fact]
    public void The_same_properties_in_any_order_are_one_set()
    {
        var a = Columns.Of<Interview>(["Status", "Id", "Cost", "Id"]);
        var b = Columns.Of<Interview>(["Cost", "Status", "Id"]);

        Assert.NotNull(a);
        Assert.Same(a, b);
        Assert.Equal("Cost,Id,Status", a.Key);
    }

    [Fact]
    public void An_unknown_or_read_only_property_or_no_property_means_whole_rows()
    {
        Assert.Null(Columns.Of<Interview>(["Id", "NoSuchColumn"]));
        Assert.Null(Columns.Of<Panelist.Domain.Scorecards.Scorecard>(["Id", "Revisions"]));
        Assert.Null(Columns.Of<Interview>([]));
    }

    [Fact]
    public void A_base_class_property_with_an_init_setter_is_projected()
    {
        var columns = Columns.Of<Interview>(["Id"]);

        Assert.NotNull(columns);
        Assert.Contains("Id = row.Id", columns.Selector.ToString());
    }
}
