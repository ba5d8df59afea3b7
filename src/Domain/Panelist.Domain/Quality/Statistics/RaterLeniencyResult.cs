namespace Panelist.Domain.Quality.Statistics;

/// <summary>How lenient (z &gt; 0) or severe (z &lt; 0) one rater is against the other raters of the same items.</summary>
/// <param name="Rater">The rater.</param>
/// <param name="Items">Items this rater rated that at least one other rater also rated: the observations the figure rests on.</param>
/// <param name="ReferenceRatings">The other raters' ratings of those items.</param>
/// <param name="Mean">x̄_r, this rater's mean over those items.</param>
/// <param name="ReferenceMean">x̄_ref, the mean of the other raters' ratings of those items.</param>
/// <param name="ReferenceStandardDeviation">s_ref, the sample standard deviation of those ratings; null with fewer than two.</param>
/// <param name="ZScore">z_r = (x̄_r − x̄_ref) / s_ref; null when undefined (see <see cref="UndefinedReason"/>).</param>
/// <param name="UndefinedReason">Why <see cref="ZScore"/> is null, or null when it is defined.</param>
public sealed record RaterLeniencyResult<TRater>(
    TRater Rater,
    int Items,
    int ReferenceRatings,
    double? Mean,
    double? ReferenceMean,
    double? ReferenceStandardDeviation,
    double? ZScore,
    string? UndefinedReason)
    where TRater : notnull;
