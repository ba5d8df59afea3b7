using GraphQL.Types;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public sealed class InstallationStatusType : EnumerationGraphType<InstallationStatus>
{
    public InstallationStatusType() => Name = "InstallationStatus";
}
