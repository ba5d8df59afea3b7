using Microsoft.Extensions.Options;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public static class AuditCheckpointSetup
{
    /// <summary>The checkpoint signing key (checked at start, loaded once) and the periodic signer.</summary>
    public static WebApplicationBuilder AddAuditCheckpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditCheckpointOptions>().Bind(builder.Configuration.GetSection(AuditCheckpointOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuditCheckpointOptions>, AuditCheckpointOptionsValidation>();
        builder.Services.AddSingleton<AuditCheckpointKeyLoader>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<AuditCheckpointKeyLoader>().Load());
        builder.Services.AddSingleton<AuditCheckpointSigner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuditCheckpointSigner>());
        return builder;
    }
}
