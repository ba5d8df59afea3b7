using System.Text.Json;
using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public sealed class InstallationStatusType : EnumerationGraphType<InstallationStatus>
{
    public InstallationStatusType() => Name = "InstallationStatus";
}

public sealed class DeliveryStatusType : EnumerationGraphType<DeliveryStatus>
{
    public DeliveryStatusType() => Name = "DeliveryStatus";
}

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events").Resolve(ctx => ctx.Source.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SettingType>>>>("settings")
            .Description("Non-secret settings with their values.")
            .Resolve(ctx => (JsonSerializer.Deserialize<Dictionary<string, string>>(ctx.Source.SettingsJson) ?? []).Select(kv => new Setting(kv.Key, kv.Value)));
        Field<NonNullGraphType<BooleanGraphType>>("hasSecrets").Description("True when secret settings are stored (encrypted; never returned).")
            .Resolve(ctx => ctx.Source.ProtectedSecrets.Length > 0);
        Field(i => i.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}

public sealed record Setting(string Name, string Value);

public sealed class SettingType : ObjectGraphType<Setting>
{
    public SettingType()
    {
        Name = "ConnectorSetting";
        Field(s => s.Name);
        Field(s => s.Value);
    }
}

public sealed class SettingInputType : InputObjectGraphType
{
    public SettingInputType()
    {
        Name = "ConnectorSettingInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("value").Description("Secret values are encrypted at rest and never returned.");
    }
}

/// <summary>One event on its way to one installation.</summary>
public sealed class DeliveryType : ObjectGraphType<Delivery>
{
    public DeliveryType()
    {
        Name = "Delivery";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("installationId").Resolve(ctx => GlobalId.Encode("ConnectorInstallation", ctx.Source.InstallationId));
        Field(d => d.EventType);
        Field(d => d.EventId);
        Field(d => d.Status, type: typeof(NonNullGraphType<DeliveryStatusType>));
        Field(d => d.Attempts);
        Field(d => d.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(d => d.NextAttemptAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(d => d.DeliveredAt, type: typeof(DateTimeGraphType));
        Field(d => d.LastError, nullable: true).Description("Why the last attempt failed, or why the delivery was dead-lettered.");
        Field(d => d.ExternalId, nullable: true).Description("The record's id in the ATS.");
        Field(d => d.IdempotencyKey);
    }
}
