using GraphQL.Types;
using Panelist.Api.GraphQL.Mutations;

namespace Panelist.Api.Notifications;

public sealed class TemplatePreviewType : ObjectGraphType<TemplatePreview>
{
    public TemplatePreviewType()
    {
        Name = "NotificationTemplatePreview";
        Field(p => p.Subject, nullable: true);
        Field(p => p.Body, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
