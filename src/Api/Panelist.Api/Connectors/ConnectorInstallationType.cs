using System.Text.Json;
using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

/// <summary>A connector installed for the organization. Secret settings are never returned: only their names.</summary>
public sealed class ConnectorInstallationType : ObjectGraphType<ConnectorInstallation>
{
    public ConnectorInstallationType()
    {
        Name = "ConnectorInstallation";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(i => i.ConnectorId);
        Field(i => i.Name);
        Field(i => i.Status, type: typeof(NonNullGraphType<InstallationStatusType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events").Description(EventNames.Delivered)
            .Resolve(ctx => ctx.Source.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SettingType>>>>("settings")
            .Description("Non-secret settings with their values.")
            .Resolve(ctx => (JsonSerializer.Deserialize<Dictionary<string, string>>(ctx.Source.SettingsJson) ?? []).Select(kv => new Setting(kv.Key, kv.Value)));
        Field<NonNullGraphType<BooleanGraphType>>("hasSecrets").Description("True when secret settings are stored (encrypted; never returned).")
            .Resolve(ctx => ctx.Source.ProtectedSecrets.Length > 0);
        Field(i => i.LastError, nullable: true)
            .Description("The last problem delivering for this installation (a failing ATS, a connector that is not loaded); null after a delivery succeeds.");
        Field(i => i.LastErrorAt, type: typeof(DateTimeGraphType));
        Field(i => i.ThrottledUntil, type: typeof(DateTimeGraphType))
            .Description("The ATS asked (Retry-After) that nothing be sent before this time; every delivery of the installation waits until then.");
        Field(i => i.MaxConcurrency, nullable: true).Description("At most this many requests to the ATS at once, per server; null for no limit.");
        Field(i => i.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(i => i.RelayAddressPattern, nullable: true)
            .Description("How unmapped interviewers are addressed at ATSs that accept addresses that are not users, e.g. interviewer-{interviewerId}@relay.example.com.");
        var mappings = Field<NonNullGraphType<ConnectionGraphType<InterviewerMappingType, InterviewerMapping>>>("interviewerMappings")
            .Description("The vendor users interviewers are mapped to at this installation's ATS, oldest mapping first.");
        ConnectionArguments.AddTo(mappings);
        mappings.Resolve(ctx => InterviewerMappingLoaders.ForInstallation(ctx, ctx.Source.Id, ConnectionArguments.From(ctx)));
    }
}
