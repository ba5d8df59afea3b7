using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>Quadratically weighted Cohen's κ of two raters over the items both rated.</summary>
public sealed record RaterPairAgreement(Guid First, Guid Second, CohenKappaResult Kappa);
