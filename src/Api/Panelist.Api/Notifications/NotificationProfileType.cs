using GraphQL.Types;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed class NotificationProfileType : ObjectGraphType<NotificationProfile>
{
    public NotificationProfileType()
    {
        Name = "NotificationProfile";
        Description = "Where you are reached; for an interviewer it overrides the profile's e-mail, time zone and language.";
        Field(p => p.DisplayName, nullable: true);
        Field(p => p.Email, nullable: true);
        Field(p => p.TimeZone, nullable: true);
        Field(p => p.Language, nullable: true);
    }
}
