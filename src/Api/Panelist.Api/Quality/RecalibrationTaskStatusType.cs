using GraphQL.Types;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class RecalibrationTaskStatusType : EnumerationGraphType<RecalibrationTaskStatus>
{
    public RecalibrationTaskStatusType() => Name = "RecalibrationTaskStatus";
}
