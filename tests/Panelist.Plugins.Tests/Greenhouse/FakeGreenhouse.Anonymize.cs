using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Types;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>
/// Harvest v1's <c>PUT /v1/candidates/{id}/anonymize?fields=...</c> (grnhse/greenhouse-api-docs, "PUT: Anonymize
/// Candidate"): Enterprise accounts only (403 otherwise; the exact answer is unconfirmed), 404 for a candidate Greenhouse
/// does not have, 422 for a missing or unknown field name, else the candidate with the fields anonymized.
/// </summary>
internal sealed partial class FakeGreenhouse
{
    /// <summary>The field names this Greenhouse accepts; the documented ones unless a test says otherwise.</summary>
    public HashSet<string> AnonymizableFields { get; init; } =
    [
        "full_name", "current_company", "current_title", "tags", "phone_numbers", "emails", "social_media_links", "websites", "addresses", "location",
        "custom_candidate_fields", "source", "recruiter", "coordinator", "attachments", "application_questions", "referral_questions", "notes",
        "rejection_notes", "email_addresses", "activity_items", "innotes", "inmails", "rejection_reason", "scorecards_and_interviews", "offers",
        "credited_to", "headline", "all_offer_versions", "follow_up_reminders", "candidate_photo", "custom_application_fields", "education",
        "employment", "candidate_stage_data", "prospect_owner", "custom_rejection_question_fields", "touchpoints", "prospect_pool_and_stage",
        "prospect_jobs", "prospect_offices", "prospect_offices_and_departments", "third_party_integrations",
    ];

    /// <summary>Whether the account is Enterprise-level, which the anonymize endpoint requires.</summary>
    public bool Enterprise { get; init; } = true;

    /// <summary>The candidates anonymized, with the fields each request named.</summary>
    public ConcurrentDictionary<long, string[]> Anonymized { get; } = new();

    private ResponseMessage? AnonymizeApi(string method, string path, IDictionary<string, WireMockList<string>>? query, Queue<DateTimeOffset> window)
    {
        if (method != "PUT" || AnonymizePath().Match(path) is not { Success: true } match)
        {
            return null;
        }

        if (!Enterprise)
        {
            return Json(403, """{"errors":[{"message":"This endpoint is only available to Enterprise customers"}]}""", window);
        }

        var candidate = long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        if (candidate != Candidate)
        {
            return Json(404, NotFound, window);
        }

        var fields = (query is not null && query.TryGetValue("fields", out var values) ? string.Join(",", values) : "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries);
        var unknown = fields.Where(f => !AnonymizableFields.Contains(f)).ToList();
        if (fields.Length == 0 || unknown.Count > 0)
        {
            return Invalid([("fields", fields.Length == 0 ? "can't be blank" : $"Unknown field(s): {string.Join(", ", unknown)}")], window);
        }

        Anonymized[candidate] = fields;
        var anonymized = new JsonObject
        {
            ["id"] = candidate, ["first_name"] = "Anonymized", ["last_name"] = candidate.ToString(CultureInfo.InvariantCulture), ["company"] = null,
            ["title"] = null, ["application_ids"] = new JsonArray(Application), ["email_addresses"] = new JsonArray(), ["phone_numbers"] = new JsonArray(),
        };
        return Json(200, anonymized.ToJsonString(), window);
    }

    [GeneratedRegex("^/v1/candidates/(?<id>[0-9]+)/anonymize$")]
    private static partial Regex AnonymizePath();
}
