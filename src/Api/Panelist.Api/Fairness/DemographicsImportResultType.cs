using GraphQL.Types;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class DemographicsImportResultType : ObjectGraphType<DemographicsImportResult>
{
    public DemographicsImportResultType()
    {
        Name = "DemographicsImport";
        Description = "What an import wrote, in counts: no candidate's answer is ever read back.";
        Field(r => r.Imported).Description("Candidates whose demographics were written.");
        Field(r => r.Replaced).Description("Of those, candidates who had an answer on record before (replaced).");
    }
}
