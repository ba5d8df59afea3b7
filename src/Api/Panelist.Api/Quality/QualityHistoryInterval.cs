namespace Panelist.Api.Quality;

/// <summary>How far apart the points of a quality-score history are.</summary>
public enum QualityHistoryInterval
{
    Week,
    Month,
}
