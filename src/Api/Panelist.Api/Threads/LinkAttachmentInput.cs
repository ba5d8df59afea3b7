namespace Panelist.Api.Threads;

public sealed record LinkAttachmentInput(string Url, string? Title);
