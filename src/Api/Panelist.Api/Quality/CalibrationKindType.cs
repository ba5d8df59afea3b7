using GraphQL.Types;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class CalibrationKindType : EnumerationGraphType<CalibrationKind>
{
    public CalibrationKindType() => Name = "CalibrationKind";
}
