using System.Text.RegularExpressions;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// An erased candidate at Greenhouse. Harvest v1 documents <c>PUT /v1/candidates/{id}/anonymize?fields=...</c>
/// (grnhse/greenhouse-api-docs, "PUT: Anonymize Candidate"; Enterprise accounts only, On-Behalf-Of required), so with
/// <c>erasure=anonymize</c> on v1/v2 the connector anonymizes the configured fields. Harvest v3 documents no anonymize
/// path, Greenhouse may deny the endpoint (403: not Enterprise, or the key lacks the permission), and a client may choose
/// <c>erasure=manual</c>: each of those answers a manual step for the client's Greenhouse admin instead.
/// </summary>
internal static partial class CandidateErasure
{
    public const string Anonymize = "anonymize";
    public const string Manual = "manual";

    /// <summary>Every field the v1 endpoint documents: an erasure leaves nothing personal behind unless the client narrows it.</summary>
    public static IReadOnlyList<string> DocumentedFields { get; } =
    [
        "full_name", "current_company", "current_title", "tags", "phone_numbers", "emails", "social_media_links", "websites", "addresses", "location",
        "custom_candidate_fields", "source", "recruiter", "coordinator", "attachments", "application_questions", "referral_questions", "notes",
        "rejection_notes", "email_addresses", "activity_items", "innotes", "inmails", "rejection_reason", "scorecards_and_interviews", "offers",
        "credited_to", "headline", "all_offer_versions", "follow_up_reminders", "candidate_photo", "custom_application_fields", "education",
        "employment", "candidate_stage_data", "prospect_owner", "custom_rejection_question_fields", "touchpoints", "prospect_pool_and_stage",
        "prospect_jobs", "prospect_offices", "prospect_offices_and_departments", "third_party_integrations",
    ];

    public static async Task<DeliveryResult> EraseAsync(HarvestClient client, ConnectorContext context, CandidateErased erased, CancellationToken cancellationToken)
    {
        if (erased.Ats.CandidateId is not { Length: > 0 } raw || !CandidateIdPattern().IsMatch(raw.Trim()))
        {
            return new Delivered(null)
            {
                ManualStepRequired = "Panelist holds no Greenhouse candidate id for this candidate, so it cannot tell Greenhouse whom to erase. "
                    + "A Greenhouse admin must find the candidate in Greenhouse and anonymize or delete them.",
            };
        }

        var candidate = raw.Trim();
        if (GreenhouseSettings.Value(context.Settings, GreenhouseSettings.Erasure) == Manual)
        {
            return ManualStep(candidate, "The installation's erasure setting is \"manual\".");
        }

        if (client.Paths.IsV3)
        {
            return ManualStep(candidate, "Harvest v3 documents no endpoint that anonymizes a candidate.");
        }

        var fields = string.Join(",", Fields(context.Settings));
        var answer = await client.SendAsync(HttpMethod.Put, $"v1/candidates/{candidate}/anonymize?fields={fields}", null, cancellationToken);
        return answer switch
        {
            { IsSuccess: true } => new Delivered(answer.Id() ?? candidate),
            // Nothing left to anonymize: the candidate was deleted (or merged away) in Greenhouse already.
            { Status: 404, Retry: null } => new Delivered(candidate),
            { Status: 403, Retry: null } => ManualStep(candidate,
                $"Greenhouse denied PUT v1/candidates/{candidate}/anonymize (403, \"{GreenhouseErrors.Message(answer.Body)}\"): the endpoint is for Enterprise accounts, and the API key needs its permission."),
            _ => GreenhouseErrors.ToResult(answer, "CANDIDATE_NOT_FOUND"),
        };
    }

    /// <summary>The configured field names, or all documented ones; unknown names are refused when the settings are saved.</summary>
    public static IEnumerable<string> Fields(IReadOnlyDictionary<string, string> settings) =>
        GreenhouseSettings.Value(settings, GreenhouseSettings.AnonymizeFields) is { } configured
            ? configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)
            : DocumentedFields;

    private static Delivered ManualStep(string candidate, string why) => new(candidate)
    {
        ManualStepRequired = $"{why} A Greenhouse admin must open the profile of Greenhouse candidate {candidate} and anonymize or delete the candidate there.",
    };

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex CandidateIdPattern();
}
