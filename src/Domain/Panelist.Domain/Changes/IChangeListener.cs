namespace Panelist.Domain.Changes;

/// <summary>
/// A live consumer of the bus. Called on the bus's own thread: implementations hand the notice on
/// (a bounded channel, a flag) and return at once, so one slow subscriber never delays the others.
/// </summary>
public interface IChangeListener
{
    void OnChange(ChangeNotice notice);

    /// <summary>Notices since <paramref name="since"/> (UTC) may have been missed; reload from the database.</summary>
    void OnResync(DateTime since);
}
