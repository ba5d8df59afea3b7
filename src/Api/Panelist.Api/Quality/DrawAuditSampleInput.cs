using System.ComponentModel;

namespace Panelist.Api.Quality;

public sealed record DrawAuditSampleInput([property: Description("Interviews completed at or after this instant…")] DateTime From,
    [property: Description("…and before this one.")] DateTime To);
