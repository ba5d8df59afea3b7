using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Testing.Databases;

/// <summary>One request's worth of services: its own DbContext, audit trail and request context.</summary>
public sealed class TestScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    internal TestScope(AsyncServiceScope scope, Actor actor, Guid organizationId)
    {
        _scope = scope;
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(actor, organizationId);
    }

    public PanelistDbContext Db => Get<PanelistDbContext>();

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
