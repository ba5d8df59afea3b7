using Panelist.Domain.Common;
using Panelist.Plugins.Sdk.Events;
using SdkActor = Panelist.Plugins.Sdk.Events.Actor;

namespace Panelist.Domain.Integrations;

/// <summary>
/// The domain's actor as an event names it. Only a staff person's own e-mail is passed on: an interviewer's is private
/// (DESIGN §4) and a system component has none.
/// </summary>
internal static class EventActors
{
    public static SdkActor Of(Common.Actor actor) => actor.Type switch
    {
        ActorType.Interviewer => new SdkActor { Kind = ActorKind.Interviewer },
        ActorType.Connector => new SdkActor { Kind = ActorKind.Connector },
        ActorType.User when actor.Role == Role.PlatformAdmin => new SdkActor { Kind = ActorKind.PlatformAdmin, Email = actor.Email },
        ActorType.User when actor.Role is not (Role.System or Role.Interviewer or Role.Anonymous) => new SdkActor { Kind = ActorKind.Staff, Email = actor.Email },
        _ => new SdkActor { Kind = ActorKind.System },
    };
}
