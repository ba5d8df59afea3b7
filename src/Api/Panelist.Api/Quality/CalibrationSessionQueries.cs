using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class CalibrationSessionQueries : IConnectionSource<CalibrationSession>
{
    private CalibrationSessionQueries()
    {
    }

    public static string Entity => "CalibrationSession";

    public static FilterSpec<CalibrationSession> Filters { get; } = new FilterSpec<CalibrationSession>()
        .Id("rubricVersionId", "RubricVersion", s => s.RubricVersionId)
        .Text("title", s => s.Title);

    public static SortSpec<CalibrationSession> Sorts { get; } = new SortSpec<CalibrationSession>(s => s.Id)
        .Default("createdAt", s => s.CreatedAt, descending: true)
        .Field("createdAt", s => s.CreatedAt)
        .Field("title", s => s.Title);
}
