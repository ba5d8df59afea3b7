namespace Panelist.Api.Notifications;

public static class NotificationSetup
{
    /// <summary>The e-mail and webhook dispatcher (the <c>Notifications</c> section) and its senders.</summary>
    public static WebApplicationBuilder AddNotificationDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var timeout = builder.Configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>()?.WebhookTimeout ?? TimeSpan.FromSeconds(10);
        builder.Services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = timeout);
        builder.Services.AddSingleton<SmtpMailSender>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<NotificationDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        builder.Services.AddScoped<Threads.ThreadReading>();
        return builder;
    }
}
