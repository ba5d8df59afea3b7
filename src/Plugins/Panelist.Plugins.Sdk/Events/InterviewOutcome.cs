using System.Text.Json.Serialization;

namespace Panelist.Plugins.Sdk.Events;

/// <summary>How a scheduled interview ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InterviewOutcome>))]
public enum InterviewOutcome
{
    /// <summary>The interview took place.</summary>
    Completed,

    /// <summary>The candidate did not show up.</summary>
    CandidateNoShow,

    /// <summary>The interviewer did not show up; the client is not charged.</summary>
    InterviewerNoShow,
}
