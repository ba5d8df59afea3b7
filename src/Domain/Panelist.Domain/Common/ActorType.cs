namespace Panelist.Domain.Common;

public enum ActorType
{
    User,
    Interviewer,
    System,
    Connector,
}
