using GraphQL.Types;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class CalibrationSessionStatusType : EnumerationGraphType<CalibrationSessionStatus>
{
    public CalibrationSessionStatusType() => Name = "CalibrationSessionStatus";
}
