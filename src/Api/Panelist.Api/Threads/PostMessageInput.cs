using GraphQL;

namespace Panelist.Api.Threads;

/// <param name="Mentions">Participants' keys (ThreadParticipant.key); <c>@Name</c> in the body mentions too.</param>
public sealed record PostMessageInput([property: Id] string ThreadId, string Body, List<string>? Mentions, List<LinkAttachmentInput>? Attachments);
