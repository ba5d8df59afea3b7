using System.Text.Json.Serialization;

namespace Panelist.Plugins.Sdk.Events;

/// <summary>Who made the change an event reports (SDK 1.1). Later minor versions may add kinds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>Panelist itself: a scheduled job, a rule applied on its own, or an event written before SDK 1.1.</summary>
    System,

    /// <summary>A person of the client organization (a client admin or a recruiter).</summary>
    Staff,

    /// <summary>A person of the platform operator, acting for the client.</summary>
    PlatformAdmin,

    /// <summary>The freelance interviewer (accepting an assignment, recording an outcome, writing a scorecard).</summary>
    Interviewer,

    /// <summary>A connector or other integration calling Panelist.</summary>
    Connector,
}
