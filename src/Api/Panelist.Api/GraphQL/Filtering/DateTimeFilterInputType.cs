using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

public sealed class DateTimeFilterInputType : InputObjectGraphType
{
    public DateTimeFilterInputType()
    {
        Name = "DateTimeFilterInput";
        ComparableFilterFields.Add<DateTimeOffsetGraphType>(this);
    }
}
