namespace Panelist.Integrations.Greenhouse;

/// <summary>An access token, or the token endpoint's answer when it refused to issue one.</summary>
internal sealed record TokenResult(string AccessToken, HarvestAnswer? Failure);
