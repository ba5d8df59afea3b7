namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Applicants and selections in one category. The category is an arbitrary key: a sex, a
/// race/ethnicity, or an intersection such as "Female · Black" composed by the caller.
/// </summary>
/// <param name="Category">The category's key, unique within one analysis.</param>
/// <param name="Applicants">Candidates in the category who reached the decision.</param>
/// <param name="Selected">Of those, the candidates selected (advanced, recommended, hired).</param>
public sealed record SelectionCount(string Category, int Applicants, int Selected);
