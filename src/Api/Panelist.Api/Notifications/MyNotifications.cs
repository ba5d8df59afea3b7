using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Notifications;

/// <summary>The caller's own in-app notifications: an interviewer's from every client, a user's from the organization they act for.</summary>
public static class MyNotifications
{
    public static IQueryable<Notification> Of(PanelistDbContext db, Actor actor) => Recipient.Of(actor) switch
    {
        { Kind: RecipientKind.Interviewer } me => db.Notifications.IgnoreQueryFilters().Where(n => n.RecipientKey == me.Key),
        { } me => db.Notifications.Where(n => n.RecipientKey == me.Key),
        null => db.Notifications.Where(n => false),
    };
}
