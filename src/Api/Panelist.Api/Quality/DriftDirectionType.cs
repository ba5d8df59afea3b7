using GraphQL.Types;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Api.Quality;

public sealed class DriftDirectionType : EnumerationGraphType<DriftDirection>
{
    public DriftDirectionType() => Name = "DriftDirection";
}
