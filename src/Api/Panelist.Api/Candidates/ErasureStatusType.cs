using GraphQL.Types;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

public sealed class ErasureStatusType : EnumerationGraphType<ErasureStatus>
{
    public ErasureStatusType()
    {
        Name = "ErasureStatus";
        Description = "PENDING until the processor answers; COMPLETED; MANUAL_STEP_REQUIRED when its API cannot erase; FAILED when the delivery gave up.";
    }
}
