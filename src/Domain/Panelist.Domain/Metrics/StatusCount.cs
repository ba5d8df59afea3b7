using Panelist.Domain.Interviews;

namespace Panelist.Domain.Metrics;

public sealed record StatusCount(InterviewStatus Status, int Count);
