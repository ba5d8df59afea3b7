using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

public static class ThreadMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ThreadMessageType, PostMessageInput, ThreadMessage>("postMessage", "message",
            "Writes in a thread open to you; the other participants are notified (MESSAGE_RECEIVED), mentioned ones say so. "
            + "Attachments are https links.", Roles.StaffAndInterviewers,
            (ctx, input) => ctx.Service<ThreadService>().PostAsync(Thread(input.ThreadId), input.Body, input.Mentions ?? [],
                [.. (input.Attachments ?? []).Select(a => new LinkAttachment(a.Url, a.Title))], ctx.CancellationToken));

        mutation.Mutation<ThreadType, MarkThreadReadInput, ThreadScope>("markThreadRead", "thread",
            "Marks every message of the thread up to now read for you.", Roles.Everyone,
            (ctx, input) => ctx.Service<ThreadService>().MarkReadAsync(Thread(input.ThreadId), ctx.CancellationToken));
    }

    private static Guid Thread(string id) => InputIds.Decode(id, "Thread", nameof(PostMessageInput.ThreadId));
}
