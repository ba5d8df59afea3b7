using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditSampleType : ObjectGraphType<AuditSample>
{
    public AuditSampleType()
    {
        Name = "AuditSample";
        Description = "The interviews drawn for audit from one window, recorded once so every reviewer works from the same sample.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(s => s.WindowStart, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(s => s.WindowEnd, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(s => s.DrawnBy);
        Field<NonNullGraphType<DateTimeGraphType>>("drawnAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditSampleItemType>>>>("items").Resolve(ctx => ctx.Source.Items);
    }
}
