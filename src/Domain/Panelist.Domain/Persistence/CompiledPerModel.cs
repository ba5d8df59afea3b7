using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Panelist.Domain.Persistence;

/// <summary>
/// A compiled query per EF model, column set and variant (e.g. a page size): a compiled query is bound to the model it
/// first ran with, and tests run both providers in one process.
/// </summary>
internal sealed class CompiledPerModel<TQuery, T>(Func<Columns<T>?, int, TQuery> compile)
    where TQuery : Delegate
    where T : class
{
    private readonly ConcurrentDictionary<(IModel, string, int), TQuery> _byModel = new();

    public TQuery For(PanelistDbContext db, Columns<T>? columns = null, int variant = 0) =>
        _byModel.GetOrAdd((db.Model, columns?.Key ?? "", variant), static (key, state) => state.compile(state.columns, key.Item3), (compile, columns));
}
