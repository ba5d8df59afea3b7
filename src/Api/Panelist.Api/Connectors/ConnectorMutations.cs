using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public static class ConnectorMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ConnectorInstallationType, InstallConnectorInput, ConnectorInstallation>("installConnector", "installation",
            "Installs a loaded connector for your organization; the connector validates the settings.", Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<ConnectorInstallationService>().InstallAsync(input.ConnectorId, input.Name, Settings(input.Settings), input.Events,
                ctx.CancellationToken));

        mutation.Mutation<ConnectorInstallationType, UpdateConnectorSettingsInput, ConnectorInstallation>("updateConnectorSettings", "installation",
            "Replaces the settings and event subscriptions; a secret setting left out keeps its stored value.", Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<ConnectorInstallationService>().UpdateSettingsAsync(Id(input.InstallationId), Settings(input.Settings), input.Events,
                ctx.CancellationToken));

        Simple<EnableConnectorInstallationInput>(mutation, "enableConnectorInstallation", "Resumes deliveries.", i => i.InstallationId,
            (s, id, ct) => s.EnableAsync(id, ct));
        Simple<DisableConnectorInstallationInput>(mutation, "disableConnectorInstallation", "Stops deliveries; events are no longer queued for it.", i => i.InstallationId,
            (s, id, ct) => s.DisableAsync(id, ct));
        Simple<UninstallConnectorInput>(mutation, "uninstallConnector", "Removes the installation and its delivery history.", i => i.InstallationId,
            (s, id, ct) => s.UninstallAsync(id, ct));

        mutation.Mutation<ConnectorInstallationType, SetConnectorMaxConcurrencyInput, ConnectorInstallation>("setConnectorMaxConcurrency", "installation",
            "Sets how many requests the installation may have open at the ATS at once, per server (1 to 64), or clears the limit (null).",
            Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<ConnectorInstallationService>().LimitConcurrencyAsync(Id(input.InstallationId), input.MaxConcurrency, ctx.CancellationToken));

        mutation.Mutation<DeliveryType, RetryDeliveryInput, Delivery>("retryDelivery", "delivery", "Queues a dead-lettered delivery again.", Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<ConnectorInstallationService>().RetryDeliveryAsync(InputIds.Decode(input.DeliveryId, "Delivery", nameof(input.DeliveryId)),
                ctx.CancellationToken));

        mutation.Mutation<DeliveryType, SkipDeliveryInput, Delivery>("skipDelivery", "delivery",
            "Gives up on a dead-lettered delivery: it is never sent, and the later events about the same subject, which wait behind it, go out.",
            Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<ConnectorInstallationService>().SkipDeliveryAsync(InputIds.Decode(input.DeliveryId, "Delivery", nameof(input.DeliveryId)),
                ctx.CancellationToken));
    }

    private static void Simple<TInput>(ObjectGraphType mutation, string name, string description, Func<TInput, string> installationId,
        Func<ConnectorInstallationService, Guid, CancellationToken, Task<Result<ConnectorInstallation>>> run) =>
        mutation.Mutation<ConnectorInstallationType, TInput, ConnectorInstallation>(name, "installation", description, Roles.ConnectorAdmins,
            (ctx, input) => run(ctx.Service<ConnectorInstallationService>(), Id(installationId(input)), ctx.CancellationToken));

    public static Guid Id(string installationId) =>
        InputIds.Decode(installationId, "ConnectorInstallation", nameof(UpdateConnectorSettingsInput.InstallationId));

    private static Dictionary<string, string> Settings(IReadOnlyList<ConnectorSettingInput> settings) =>
        settings.ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
}
