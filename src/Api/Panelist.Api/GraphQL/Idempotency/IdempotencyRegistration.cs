namespace Panelist.Api.GraphQL.Idempotency;

public static class IdempotencyRegistration
{
    /// <summary>Safe retries of mutations over HTTP with <c>Idempotency-Key</c>.</summary>
    public static IServiceCollection AddIdempotencyKeys(this IServiceCollection services) => services
        .AddScoped<IdempotencyKeyLock>()
        .AddScoped<IdempotentRequests>()
        .AddHostedService<IdempotencyKeyPruner>();
}
