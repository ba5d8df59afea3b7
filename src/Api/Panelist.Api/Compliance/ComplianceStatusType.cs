using GraphQL.Types;

namespace Panelist.Api.Compliance;

public sealed class ComplianceStatusType : ObjectGraphType<ComplianceStatus>
{
    public ComplianceStatusType()
    {
        Name = "ComplianceStatus";
        Description = "Whether the interviewer may be assigned and booked now, and what lapses soon.";
        Field(s => s.Compliant).Description("Classified, under a current contract, NDA signed; false takes the interviewer out of matching.");
        Field(s => s.Reason, nullable: true).Description("Why not compliant.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplianceWarningType>>>>("warnings").Resolve(ctx => ctx.Source.Warnings);
    }
}
