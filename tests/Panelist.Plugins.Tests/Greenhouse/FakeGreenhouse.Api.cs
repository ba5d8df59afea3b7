using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Types;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>The Harvest endpoints of the fake: scheduled interviews and candidate notes (v1/v2 paths, and the v3 paths the connector's defaults name); candidate anonymization in its own file.</summary>
internal sealed partial class FakeGreenhouse
{
    private const string NotFound = """{"errors":[{"message":"Not found"}]}""";

    private ResponseMessage Api(string method, string path, IDictionary<string, WireMockList<string>>? query, string body, string? onBehalfOf,
        Queue<DateTimeOffset> window, bool v3)
    {
        if (!v3 && AnonymizeApi(method, path, query, window) is { } anonymized)
        {
            return anonymized;
        }

        var interviews = v3 ? "/v3/scheduled_interviews" : null;
        switch (method)
        {
            case "GET" when path == "/v1/scheduled_interviews" || path == interviews:
                var wanted = query is not null && query.TryGetValue("external_event_id", out var ids) ? ids.FirstOrDefault() : null;
                var list = new JsonArray(Interviews.Values.Where(i => wanted is null || (string?)i["external_event_id"] == wanted).OrderBy(i => (long)i["id"]!)
                    .Select(i => (JsonNode)i.DeepClone()).ToArray());
                return Json(200, list.ToJsonString(), window);
            case "POST" when path == "/v1/scheduled_interviews" && !v3:
                return Json(404, NotFound, window);
            case "POST" when path == "/v2/scheduled_interviews" || path == interviews:
                return CreateInterview(JsonNode.Parse(body)!.AsObject(), onBehalfOf, window);
            case "PATCH" when Id(path, v3 ? "/v3/scheduled_interviews/" : "/v2/scheduled_interviews/") is { } patched:
                return UpdateInterview(patched, JsonNode.Parse(body)!.AsObject(), window);
            case "DELETE" when Id(path, v3 ? "/v3/scheduled_interviews/" : "/v1/scheduled_interviews/") is { } deleted:
                return Interviews.TryRemove(deleted, out _)
                    ? Json(200, $$"""{"message":"Interview {{deleted}} has been deleted."}""", window)
                    : Json(404, NotFound, window);
            case "POST" when !v3 && CandidatePath().Match(path) is { Success: true } notes && notes.Groups["feed"].Value == "/activity_feed/notes":
                return AddNote(long.Parse(notes.Groups["id"].Value, CultureInfo.InvariantCulture), JsonNode.Parse(body)!.AsObject(), window);
            case "GET" when !v3 && CandidatePath().Match(path) is { Success: true } feed && feed.Groups["feed"].Value == "/activity_feed":
                return long.Parse(feed.Groups["id"].Value, CultureInfo.InvariantCulture) != Candidate
                    ? Json(404, NotFound, window)
                    : Json(200, new JsonObject { ["notes"] = NotesOf(Candidate), ["emails"] = new JsonArray(), ["activities"] = new JsonArray() }.ToJsonString(), window);
            case "POST" when v3 && path == "/v3/notes":
                var note = JsonNode.Parse(body)!.AsObject();
                return AddNote(note["candidate_id"]?.GetValue<long>() ?? 0, note, window);
            case "GET" when v3 && path == "/v3/notes":
                return Json(200, NotesOf(query is not null && query.TryGetValue("candidate_ids", out var c) ? long.Parse(c.First(), CultureInfo.InvariantCulture) : 0).ToJsonString(), window);
            default:
                // Among them the scorecard writes Greenhouse does not have (POST/PUT/PATCH /v1/scorecards).
                return Json(404, NotFound, window);
        }
    }

    private ResponseMessage CreateInterview(JsonObject body, string? onBehalfOf, Queue<DateTimeOffset> window)
    {
        if (body["application_id"]?.GetValueKind() != System.Text.Json.JsonValueKind.Number || body["application_id"]!.GetValue<long>() != Application)
        {
            return Json(404, NotFound, window);
        }

        var errors = new List<(string Field, string Message)>();
        if (body["interview_id"]?.GetValueKind() != System.Text.Json.JsonValueKind.Number || body["interview_id"]!.GetValue<long>() != PlanInterview)
        {
            errors.Add(("interview_id", "Interview does not belong to this application's job"));
        }

        if (string.IsNullOrEmpty((string?)body["external_event_id"]))
        {
            errors.Add(("external_event_id", "can't be blank"));
        }

        errors.AddRange(Problems(body, requireAll: true));
        if (errors.Count > 0)
        {
            return Invalid(errors, window);
        }

        var id = ++_nextInterview;
        var created = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = Application,
            ["external_event_id"] = (string?)body["external_event_id"],
            ["start"] = new JsonObject { ["date_time"] = (string?)body["start"] },
            ["end"] = new JsonObject { ["date_time"] = (string?)body["end"] },
            ["status"] = "scheduled",
            ["interview"] = new JsonObject { ["id"] = PlanInterview, ["name"] = "Technical interview" },
            ["organizer"] = new JsonObject { ["id"] = long.TryParse(onBehalfOf, CultureInfo.InvariantCulture, out var organizer) ? organizer : null },
            ["interviewers"] = Interviewers(body),
        };
        Interviews[id] = created;
        return Json(201, created.ToJsonString(), window);
    }

    private ResponseMessage UpdateInterview(long id, JsonObject body, Queue<DateTimeOffset> window)
    {
        if (!Interviews.TryGetValue(id, out var interview))
        {
            return Json(404, NotFound, window);
        }

        if ((string?)interview["status"] is not ("scheduled" or "awaiting_feedback"))
        {
            return Invalid([("status", "Only scheduled or awaiting_feedback interviews created through Harvest can be updated")], window);
        }

        var merged = (JsonObject)interview.DeepClone();
        foreach (var field in new[] { "start", "end" })
        {
            if (body[field] is { } at)
            {
                merged[field] = new JsonObject { ["date_time"] = (string?)at };
            }
        }

        if (body["interviewers"] is not null)
        {
            merged["interviewers"] = Interviewers(body);
        }

        var errors = Problems(new JsonObject { ["start"] = (string?)merged["start"]!["date_time"], ["end"] = (string?)merged["end"]!["date_time"], ["interviewers"] = body["interviewers"]?.DeepClone() },
            requireAll: false).ToList();
        if (errors.Count > 0)
        {
            return Invalid(errors, window);
        }

        Interviews[id] = merged;
        return Json(200, merged.ToJsonString(), window);
    }

    private IEnumerable<(string Field, string Message)> Problems(JsonObject body, bool requireAll)
    {
        if (!DateTimeOffset.TryParse((string?)body["start"], CultureInfo.InvariantCulture, out var start) || !DateTimeOffset.TryParse((string?)body["end"], CultureInfo.InvariantCulture, out var end))
        {
            yield return ("start", "must be an ISO-8601 time");
        }
        else if (end <= start)
        {
            yield return ("end", "must be after start");
        }

        if (body["interviewers"] is JsonArray interviewers)
        {
            if (interviewers.Count == 0)
            {
                yield return ("interviewers", "can't be blank");
            }

            foreach (var interviewer in interviewers.OfType<JsonObject>())
            {
                if ((string?)interviewer["response_status"] is not ("needs_action" or "declined" or "tentative" or "accepted"))
                {
                    yield return ("interviewers.response_status", "Must be one of: needs_action, declined, tentative, accepted");
                }

                if (interviewer["user_id"] is { } user && !Users.Contains(user.GetValue<long>()))
                {
                    yield return ("interviewers.user_id", $"User {user} not found");
                }
                else if (interviewer["user_id"] is null && interviewer["email"] is null && interviewer["employee_id"] is null)
                {
                    yield return ("interviewers", "Each interviewer needs a user_id, email or employee_id");
                }
            }
        }
        else if (requireAll)
        {
            yield return ("interviewers", "can't be blank");
        }
    }

    private static JsonArray Interviewers(JsonObject body) => new(body["interviewers"]!.AsArray().OfType<JsonObject>().Select(i => (JsonNode)new JsonObject
    {
        ["id"] = i["user_id"]?.GetValue<long>(),
        ["email"] = (string?)i["email"],
        ["response_status"] = (string?)i["response_status"],
        ["scorecard_id"] = null,
    }).ToArray());

    private ResponseMessage AddNote(long candidate, JsonObject body, Queue<DateTimeOffset> window)
    {
        if (candidate != Candidate)
        {
            return Json(404, NotFound, window);
        }

        var errors = new List<(string, string)>();
        if (body["user_id"]?.GetValueKind() != System.Text.Json.JsonValueKind.Number || !Users.Contains(body["user_id"]!.GetValue<long>()))
        {
            errors.Add(("user_id", "must be the id of a user"));
        }

        if (string.IsNullOrWhiteSpace((string?)body["body"]))
        {
            errors.Add(("body", "can't be blank"));
        }

        if ((string?)body["visibility"] is not ("admin_only" or "private" or "public"))
        {
            errors.Add(("visibility", "Must be one of: admin_only, private, public"));
        }

        if (errors.Count > 0)
        {
            return Invalid(errors, window);
        }

        var note = new JsonObject
        {
            ["id"] = ++_nextNote,
            ["candidate_id"] = candidate,
            ["created_at"] = DateTimeOffset.UtcNow.ToString("O"),
            ["body"] = (string?)body["body"],
            ["user"] = new JsonObject { ["id"] = body["user_id"]!.GetValue<long>() },
            ["private"] = (string?)body["visibility"] != "public",
            // Greenhouse still echoes its legacy misspelling beside the right name.
            ["visiblity"] = (string?)body["visibility"],
            ["visibility"] = (string?)body["visibility"],
        };
        Notes.Enqueue(note);
        return Json(201, note.ToJsonString(), window);
    }

    private JsonArray NotesOf(long candidate) =>
        new(Notes.Where(n => (long)n["candidate_id"]! == candidate).Select(n => (JsonNode)n.DeepClone()).ToArray());

    private ResponseMessage Invalid(IEnumerable<(string Field, string Message)> errors, Queue<DateTimeOffset> window) =>
        Json(422, new JsonObject
        {
            ["message"] = "Validation error",
            ["errors"] = new JsonArray(errors.Select(e => (JsonNode)new JsonObject { ["message"] = e.Message, ["field"] = e.Field }).ToArray()),
        }.ToJsonString(), window);

    private bool SlowCreate(string method, string path)
    {
        if (!SlowNextCreate || method != "POST" || path.EndsWith("/v1/scheduled_interviews", StringComparison.Ordinal))
        {
            return false;
        }

        SlowNextCreate = false;
        return true;
    }

    private static long? Id(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && long.TryParse(path[prefix.Length..], CultureInfo.InvariantCulture, out var id) ? id : null;

    [GeneratedRegex("^/v1/candidates/(?<id>[0-9]+)(?<feed>/activity_feed(/notes)?)$")]
    private static partial Regex CandidatePath();
}
