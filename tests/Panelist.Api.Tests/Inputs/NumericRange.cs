using System.Globalization;

namespace Panelist.Api.Tests.Inputs;

/// <summary>A documented range of a numeric input (README, "The domain in one page") and the code that refuses a value outside it.</summary>
public sealed record NumericRange(decimal Min, bool MinExclusive, decimal Max, int Decimals, bool IsInt, string Code)
{
    public static readonly NumericRange Money = new(0m, false, 1_000_000_000m, 4, false, "INVALID_AMOUNT");
    public static readonly NumericRange Weight = new(0m, true, 1m, 4, false, "RUBRIC_WEIGHTS_INVALID");
    public static readonly NumericRange PassThreshold = new(1m, false, 4m, 4, false, "VALIDATION_FAILED");

    public static NumericRange Whole(int min, int max, string code = "VALIDATION_FAILED") => new(min, false, max, 0, true, code);

    /// <summary>What a raw JSON value is for this input: not a number, beyond the scalar, inside or outside the range.</summary>
    public ValueKind Classify(string rawJson)
    {
        if (rawJson.StartsWith('"') || !decimal.TryParse(rawJson, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return rawJson.StartsWith('"') ? ValueKind.NotANumber : ValueKind.BeyondScalar;
        }

        if (IsInt && (decimal.Truncate(value) != value || value < int.MinValue || value > int.MaxValue))
        {
            return ValueKind.BeyondScalar;
        }

        var aboveMin = MinExclusive ? value > Min : value >= Min;
        return aboveMin && value <= Max && decimal.Round(value, Decimals) == value ? ValueKind.InRange : ValueKind.OutOfRange;
    }
}
