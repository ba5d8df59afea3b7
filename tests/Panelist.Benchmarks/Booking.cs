namespace Panelist.Benchmarks;

/// <summary>A scheduled interview and its accepted assignment: <c>scheduleInterview</c> books it again into the same slot, any number of times.</summary>
internal sealed record Booking(Guid Interview, Guid Assignment, DateTime Start, DateTime End);
