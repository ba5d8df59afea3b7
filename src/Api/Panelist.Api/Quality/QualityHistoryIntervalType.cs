using GraphQL.Types;

namespace Panelist.Api.Quality;

public sealed class QualityHistoryIntervalType : EnumerationGraphType<QualityHistoryInterval>
{
    public QualityHistoryIntervalType() => Name = "QualityHistoryInterval";
}
