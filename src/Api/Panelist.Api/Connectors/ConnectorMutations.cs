using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public static class ConnectorMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ConnectorInstallationType, ConnectorInstallation>("installConnector", "installation",
            "Installs a loaded connector for your organization; the connector validates the settings.", Roles.ConnectorAdmins,
            i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("connectorId");
                i.Field<NonNullGraphType<StringGraphType>>("name");
                Settings(i);
            },
            (ctx, input) => ctx.Service<ConnectorInstallationService>().InstallAsync(input.Required<string>("connectorId"), input.Required<string>("name"),
                ReadSettings(input), input.Values<string>("events"), ctx.CancellationToken));

        mutation.Mutation<ConnectorInstallationType, ConnectorInstallation>("updateConnectorSettings", "installation",
            "Replaces the settings and event subscriptions (send every secret again).", Roles.ConnectorAdmins,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("installationId");
                Settings(i);
            },
            (ctx, input) => ctx.Service<ConnectorInstallationService>().UpdateSettingsAsync(Id(input), ReadSettings(input), input.Values<string>("events"), ctx.CancellationToken));

        Simple(mutation, "enableConnectorInstallation", "Resumes deliveries.", (s, id, ct) => s.EnableAsync(id, ct));
        Simple(mutation, "disableConnectorInstallation", "Stops deliveries; events are no longer queued for it.", (s, id, ct) => s.DisableAsync(id, ct));
        Simple(mutation, "uninstallConnector", "Removes the installation and its delivery history.", (s, id, ct) => s.UninstallAsync(id, ct));

        mutation.Mutation<DeliveryType, Delivery>("retryDelivery", "delivery", "Queues a dead-lettered delivery again.", Roles.ConnectorAdmins,
            i => i.Field<NonNullGraphType<IdGraphType>>("deliveryId"),
            (ctx, input) => ctx.Service<ConnectorInstallationService>().RetryDeliveryAsync(input.Id("deliveryId", "Delivery"), ctx.CancellationToken));

        mutation.Mutation<DeliveryType, Delivery>("skipDelivery", "delivery",
            "Gives up on a dead-lettered delivery: it is never sent, and the later events about the same subject, which wait behind it, go out.",
            Roles.ConnectorAdmins,
            i => i.Field<NonNullGraphType<IdGraphType>>("deliveryId"),
            (ctx, input) => ctx.Service<ConnectorInstallationService>().SkipDeliveryAsync(input.Id("deliveryId", "Delivery"), ctx.CancellationToken));
    }

    private static void Simple(ObjectGraphType mutation, string name, string description,
        Func<ConnectorInstallationService, Guid, CancellationToken, Task<Domain.Common.Result<ConnectorInstallation>>> run) =>
        mutation.Mutation<ConnectorInstallationType, ConnectorInstallation>(name, "installation", description, Roles.ConnectorAdmins,
            i => i.Field<NonNullGraphType<IdGraphType>>("installationId"),
            (ctx, input) => run(ctx.Service<ConnectorInstallationService>(), Id(input), ctx.CancellationToken));

    private static Guid Id(MutationInput input) => input.Id("installationId", "ConnectorInstallation");

    private static void Settings(InputObjectGraphType i)
    {
        i.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SettingInputType>>>>("settings");
        i.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("Integration events to deliver, e.g. InterviewScheduled, ScorecardSubmitted.");
    }

    private static Dictionary<string, string> ReadSettings(MutationInput input) =>
        input.List("settings").ToDictionary(s => s.Required<string>("name"), s => s.Required<string>("value"), StringComparer.Ordinal);
}
