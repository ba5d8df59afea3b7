using GraphQL;

namespace Panelist.Api.Notifications;

/// <param name="Ids">The notifications to mark; all of yours when omitted.</param>
public sealed record MarkNotificationsReadInput([property: Id] List<string>? Ids);
