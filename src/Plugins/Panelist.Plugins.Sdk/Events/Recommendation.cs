using System.Text.Json.Serialization;

namespace Panelist.Plugins.Sdk.Events;

/// <summary>The interviewer's overall call, in the vocabulary most ATSs share (Merge's unified ATS model).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Recommendation>))]
public enum Recommendation
{
    /// <summary>Definitely not.</summary>
    StrongNo,

    /// <summary>No.</summary>
    No,

    /// <summary>Yes.</summary>
    Yes,

    /// <summary>Definitely yes.</summary>
    StrongYes,

    /// <summary>The interviewer made no call.</summary>
    NoDecision,
}
