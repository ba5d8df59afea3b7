using GraphQL.Types;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

public sealed class LinkAttachmentType : ObjectGraphType<LinkAttachment>
{
    public LinkAttachmentType()
    {
        Name = "LinkAttachment";
        Description = "An attachment by link: an https URL and an optional title.";
        Field(a => a.Url);
        Field(a => a.Title, nullable: true);
    }
}
