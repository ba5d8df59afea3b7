namespace Panelist.Api.Sla;

public static class SlaSetup
{
    /// <summary>The SLA job on every replica (replica-safe by its claim rows) and its options, checked at start.</summary>
    public static WebApplicationBuilder AddSlaJob(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SlaOptions>().Bind(builder.Configuration.GetSection(SlaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SlaJob>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SlaJob>());
        return builder;
    }
}
