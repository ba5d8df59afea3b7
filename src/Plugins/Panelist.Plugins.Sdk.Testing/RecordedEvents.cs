using System.Text.Json;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Sdk.Testing;

/// <summary>
/// Integration events read from JSON in the SDK's own serialized shape: an <see cref="IntegrationEvent"/>
/// serialized as the base type with web defaults (camelCase, a <c>type</c> discriminator such as
/// <c>interview.scheduled</c>), which is also what the template connector sends.
/// </summary>
public static class RecordedEvents
{
    /// <summary>The serializer options of the recorded shape; use them to record events of your own.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions Indented = new(JsonOptions) { WriteIndented = true };

    /// <summary>Reads one event from JSON text.</summary>
    /// <param name="json">One JSON object with a <c>type</c> property.</param>
    /// <returns>The event record of that type.</returns>
    public static IntegrationEvent Parse(string json) =>
        JsonSerializer.Deserialize<IntegrationEvent>(json, JsonOptions)
        ?? throw new JsonException("The JSON is null, not an integration event.");

    /// <summary>Reads one event from a file.</summary>
    /// <param name="path">A <c>.json</c> file holding one event.</param>
    /// <returns>The event record of that type.</returns>
    public static IntegrationEvent Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new JsonException($"{path} is not a recorded integration event: {ex.Message}", ex);
        }
    }

    /// <summary>Reads every <c>*.json</c> file of a folder, in ordinal file-name order (name them <c>01-…</c>, <c>02-…</c> to set the order).</summary>
    /// <param name="folder">The folder with the recorded events.</param>
    /// <returns>The events in file-name order.</returns>
    public static IReadOnlyList<IntegrationEvent> LoadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load)];

    /// <summary>The JSON text of an event in the recorded shape.</summary>
    /// <param name="integrationEvent">The event to record.</param>
    /// <returns>Indented JSON, starting with the <c>type</c> discriminator.</returns>
    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, Indented);
}
