using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class RecalibrationTaskQueries : IConnectionSource<RecalibrationTask>
{
    private RecalibrationTaskQueries()
    {
    }

    public static string Entity => "RecalibrationTask";

    public static FilterSpec<RecalibrationTask> Filters { get; } = new FilterSpec<RecalibrationTask>()
        .Id("interviewerId", "Interviewer", t => t.InterviewerId);

    public static SortSpec<RecalibrationTask> Sorts { get; } = new SortSpec<RecalibrationTask>(t => t.Id)
        .Default("openedAt", t => t.CreatedAt, descending: true)
        .Field("openedAt", t => t.CreatedAt);
}
