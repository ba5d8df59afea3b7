using GraphQL.Types;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Api.Quality;

public sealed class QualityComponentKindType : EnumerationGraphType<QualityComponentKind>
{
    public QualityComponentKindType() => Name = "QualityComponentKind";
}
