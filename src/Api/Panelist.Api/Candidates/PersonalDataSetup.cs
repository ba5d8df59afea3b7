using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

public static class PersonalDataSetup
{
    /// <summary>
    /// The personal-data master key (loaded now, so a missing key stops the start with a clear message), Data
    /// Protection's keys encrypted under it, and the retention job.
    /// </summary>
    public static WebApplicationBuilder AddPersonalDataProtection(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PrivacyOptions.Section);
        builder.Services.AddOptions<PrivacyOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var keys = MasterKeySource.Load(section.Get<PrivacyOptions>() ?? new PrivacyOptions(), builder.Environment);
        builder.Services.Replace(ServiceDescriptor.Singleton(keys));
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(keys));
        builder.Services.AddSingleton<CandidateRetentionService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CandidateRetentionService>());
        return builder;
    }
}
