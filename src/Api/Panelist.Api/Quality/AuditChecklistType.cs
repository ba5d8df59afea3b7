using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditChecklistType : ObjectGraphType<AuditChecklist>
{
    public AuditChecklistType()
    {
        Name = "AuditChecklist";
        Description = "One version of a named interview-audit checklist. A published version never changes; audits name the version they used.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(c => c.Name);
        Field(c => c.Number).Description("Version number within the name, from 1.");
        Field(c => c.Status, type: typeof(NonNullGraphType<AuditChecklistStatusType>));
        Field(c => c.PassMark).Description("The weighted pass share (0–1) an interview needs to pass.");
        Field(c => c.PublishedAt, type: typeof(DateTimeGraphType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditChecklistItemType>>>>("items").Resolve(ctx => ctx.Source.Items);
    }
}
