using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Mutations;

/// <summary>
/// Typed access to a mutation's <c>input</c> object. It knows where it sits inside the input (for nested
/// objects and list items), so a bad value becomes a payload error whose path names the field, list
/// index included: <c>["input", "ratings", "2", "criterionKey"]</c>.
/// </summary>
public sealed class MutationInput(IDictionary<string, object?> values, string? path = null)
{
    public bool Has(string name) => values.TryGetValue(name, out var value) && value is not null;

    public T? Get<T>(string name) => values.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public T Required<T>(string name) => values.TryGetValue(name, out var value) && value is T typed
        ? typed
        : throw new DomainRuleException(ErrorCodes.ValidationFailed, $"{name} is required.", PathOf(name));

    /// <summary>A nested input object, e.g. <c>pricing</c>.</summary>
    public MutationInput Nested(string name) => new(Required<IDictionary<string, object?>>(name), PathOf(name));

    /// <summary>Decodes a global id that must name <paramref name="typeName"/>.</summary>
    public Guid Id(string name, string typeName) => DecodeId(Required<string>(name), PathOf(name), typeName);

    public Guid? OptionalId(string name, string typeName) => Has(name) ? Id(name, typeName) : null;

    /// <summary>The items of a list of input objects, each knowing its index.</summary>
    public IReadOnlyList<MutationInput> List(string name) =>
        Get<IEnumerable<object?>>(name)?.OfType<IDictionary<string, object?>>().Select((v, i) => new MutationInput(v, $"{PathOf(name)}.{i}")).ToList() ?? [];

    public IReadOnlyList<T> Values<T>(string name) => Get<IEnumerable<object?>>(name)?.OfType<T>().ToList() ?? [];

    public DateTime Instant(string name) => Required<DateTimeOffset>(name).UtcDateTime;

    public DateTime? OptionalInstant(string name) => Get<DateTimeOffset?>(name)?.UtcDateTime;

    /// <summary>The dotted path of a field of this object, as domain errors name fields (<c>ratings.2.criterionKey</c>).</summary>
    public string PathOf(string name) => path is null ? name : $"{path}.{name}";

    public static Guid DecodeId(string value, string field, string typeName) =>
        GlobalId.TryDecode(value, out var type, out var id) && type == typeName
            ? id
            : throw new DomainRuleException(ErrorCodes.NotFound, $"'{value}' is not the id of a {typeName}.", field);
}
