namespace Panelist.Api.CandidatePages;

public static class CandidatePageSetup
{
    /// <summary>The candidate page's links (Data Protection keys come with the connector secrets' setup) and options, checked at start.</summary>
    public static WebApplicationBuilder AddCandidatePage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CandidatePageOptions>().Bind(builder.Configuration.GetSection(CandidatePageOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CandidateLinks>();
        // candidatePageLink builds its URL from the address the staff request came to, unless PublicBaseUrl is set.
        builder.Services.AddHttpContextAccessor();
        return builder;
    }
}
