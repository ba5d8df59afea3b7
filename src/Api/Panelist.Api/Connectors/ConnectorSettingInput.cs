using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Connectors;

/// <summary>Part of a mutation input.</summary>
public sealed record ConnectorSettingInput(string Name, [property: Description("Secret values are encrypted at rest and never returned.")] string Value);
