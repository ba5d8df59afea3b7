using GraphQL.Types;

namespace Panelist.Api.Connectors;

public sealed class ConnectionTestResultType : ObjectGraphType<ConnectionTestResult>
{
    public ConnectionTestResultType()
    {
        Name = "ConnectionTestResult";
        Field(r => r.Succeeded);
        Field(r => r.Reason, nullable: true).Description("What went wrong, in the connector's words.");
    }
}
