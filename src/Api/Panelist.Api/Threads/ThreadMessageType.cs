using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

/// <summary>A message; its body hides candidates' personal data from readers who may not see it.</summary>
public sealed class ThreadMessageType : ObjectGraphType<ThreadMessage>
{
    public ThreadMessageType()
    {
        Name = "ThreadMessage";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("threadId").Resolve(ctx => GlobalId.Encode("Thread", ctx.Source.ThreadId));
        Field<NonNullGraphType<StringGraphType>>("authorKey").Resolve(ctx => ctx.Source.AuthorKey);
        Field(m => m.AuthorName);
        Field<NonNullGraphType<StringGraphType>>("body")
            .Description("The text; a candidate's name or e-mail appears as [candidate] / [candidate e-mail] where your role may not see it.")
            .ResolveAsync(async ctx => MessageRedaction.Redact(ctx.Source.Body,
                await ctx.Service<ThreadReading>().CandidatesAsync(ThreadReading.ScopeOf(ctx.Source), ctx.CancellationToken), ctx.Request().Actor));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("mentions")
            .Description("The mentioned participants' keys.").Resolve(ctx => ctx.Source.Mentions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkAttachmentType>>>>("attachments").Resolve(ctx => ctx.Source.Attachments);
        Field(m => m.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}
