using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Mutations;

/// <summary>Typed access to a mutation's <c>input</c> object; a bad id becomes a payload error on its field.</summary>
public sealed class MutationInput(IDictionary<string, object?> values)
{
    public bool Has(string name) => values.TryGetValue(name, out var value) && value is not null;

    public T? Get<T>(string name) => values.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public T Required<T>(string name) => values.TryGetValue(name, out var value) && value is T typed
        ? typed
        : throw new DomainRuleException(ErrorCodes.ValidationFailed, $"{name} is required.", name);

    /// <summary>Decodes a global id that must name <paramref name="typeName"/>.</summary>
    public Guid Id(string name, string typeName) => DecodeId(Required<string>(name), name, typeName);

    public Guid? OptionalId(string name, string typeName) => Has(name) ? Id(name, typeName) : null;

    public IReadOnlyList<MutationInput> List(string name) =>
        Get<IEnumerable<object?>>(name)?.OfType<IDictionary<string, object?>>().Select(v => new MutationInput(v)).ToList() ?? [];

    public IReadOnlyList<T> Values<T>(string name) => Get<IEnumerable<object?>>(name)?.OfType<T>().ToList() ?? [];

    public DateTime Instant(string name) => Required<DateTimeOffset>(name).UtcDateTime;

    public DateTime? OptionalInstant(string name) => Get<DateTimeOffset?>(name)?.UtcDateTime;

    public static Guid DecodeId(string value, string field, string typeName) =>
        GlobalId.TryDecode(value, out var type, out var id) && type == typeName
            ? id
            : throw new DomainRuleException(ErrorCodes.NotFound, $"'{value}' is not the id of a {typeName}.", field);
}
