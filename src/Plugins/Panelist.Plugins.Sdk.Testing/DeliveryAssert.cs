namespace Panelist.Plugins.Sdk.Testing;

/// <summary>Checks on delivery results that say what the connector returned instead, for any test framework.</summary>
public static class DeliveryAssert
{
    /// <summary>The result is <see cref="Sdk.Delivered"/>.</summary>
    /// <param name="result">A connector's result.</param>
    /// <param name="externalId">When given, the external id it must carry.</param>
    /// <returns>The result as <see cref="Sdk.Delivered"/>.</returns>
    public static Delivered Delivered(DeliveryResult result, string? externalId = null)
    {
        var delivered = Expect<Delivered>(result);
        if (externalId is not null && delivered.ExternalId != externalId)
        {
            throw new ConnectorAssertionException($"Expected Delivered with external id '{externalId}', got '{delivered.ExternalId}'.");
        }

        return delivered;
    }

    /// <summary>The result is <see cref="Sdk.RetryLater"/>.</summary>
    /// <param name="result">A connector's result.</param>
    /// <returns>The result as <see cref="Sdk.RetryLater"/>.</returns>
    public static RetryLater RetryLater(DeliveryResult result) => Expect<RetryLater>(result);

    /// <summary>The result is <see cref="Sdk.Rejected"/>.</summary>
    /// <param name="result">A connector's result.</param>
    /// <param name="code">When given, the code it must carry.</param>
    /// <returns>The result as <see cref="Sdk.Rejected"/>.</returns>
    public static Rejected Rejected(DeliveryResult result, string? code = null)
    {
        var rejected = Expect<Rejected>(result);
        if (code is not null && rejected.Code != code)
        {
            throw new ConnectorAssertionException($"Expected Rejected with code {code}, got {rejected.Code}: {rejected.Reason}");
        }

        return rejected;
    }

    /// <summary>Every record is <see cref="Sdk.Delivered"/>.</summary>
    /// <param name="records">The harness's <see cref="ConnectorHarness.Deliveries"/> or a run's records.</param>
    public static void AllDelivered(IEnumerable<DeliveryRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var failed = records.Where(r => r.Result is not Sdk.Delivered).ToList();
        if (failed.Count > 0)
        {
            throw new ConnectorAssertionException("Not delivered: " + string.Join("; ", failed.Select(r => $"{r.Event.EventType} {r.Event.EventId} (attempt {r.Attempt}) → {r.Result}")));
        }
    }

    private static T Expect<T>(DeliveryResult result)
        where T : DeliveryResult
    {
        ArgumentNullException.ThrowIfNull(result);
        return result as T ?? throw new ConnectorAssertionException($"Expected {typeof(T).Name}, got {result}.");
    }
}
