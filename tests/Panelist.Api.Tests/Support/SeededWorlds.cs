using System.Collections.Concurrent;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Tests.Support;

/// <summary>
/// Class fixture: one <see cref="SeededWorld"/> per database provider, built on first use and shared
/// by the tests of one class, so a class seeds each provider once.
/// </summary>
public sealed class SeededWorlds : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<SeededWorld>>> _worlds = new();

    public Task<SeededWorld> For(DatabaseProvider provider) =>
        _worlds.GetOrAdd(provider, p => new Lazy<Task<SeededWorld>>(() => SeededWorld.CreateAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var world in _worlds.Values.Where(w => w.IsValueCreated))
        {
            if (world.Value.IsCompletedSuccessfully)
            {
                await world.Value.Result.DisposeAsync();
            }
        }
    }
}
