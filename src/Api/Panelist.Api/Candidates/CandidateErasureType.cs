using GraphQL.Types;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

/// <summary>The answer to "was the person erased everywhere?": one receipt per processor.</summary>
public sealed class CandidateErasureType : ObjectGraphType<IReadOnlyList<ErasureReceipt>>
{
    public CandidateErasureType()
    {
        Name = "CandidateErasure";
        Description = "An erasure's progress: Panelist's own store and every connector installation of the organization.";
        Field<NonNullGraphType<BooleanGraphType>>("complete")
            .Description("True when every processor completed; a manual step or a failure keeps it false.")
            .Resolve(ctx => ctx.Source.All(r => r.Status == ErasureStatus.Completed));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErasureReceiptType>>>>("receipts").Resolve(ctx => ctx.Source);
    }
}
