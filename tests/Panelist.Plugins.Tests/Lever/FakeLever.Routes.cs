using System.Text.Json.Nodes;
using WireMock.Types;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>The fake's endpoints: users, feedback templates, notes, feedback forms, panels and interviews.</summary>
internal sealed partial class FakeLever
{
    private WireMock.ResponseMessage Route(Received r, IDictionary<string, WireMockList<string>> query)
    {
        var parts = r.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray(); // after "v1"
        switch (r.Method, parts)
        {
            case ("GET", ["users", var user]):
                return Users.Contains(user) ? Data(200, new JsonObject { ["id"] = user, ["name"] = "Coordinator" }) : NotFound("users", user);
            case ("GET", ["feedback_templates"]):
                return TemplatePage(query);
            case ("GET", ["feedback_templates", var id]):
                return Templates.TryGetValue(id, out var t) ? Data(200, TemplateJson(id, t)) : NotFound("feedback_templates", id);
        }

        if (parts is not ["opportunities", var opportunity, ..])
        {
            return Error(404, "ResourceNotFound", $"{r.Path} was not found");
        }

        if (!Opportunities.Contains(opportunity))
        {
            return NotFound("opportunities", opportunity);
        }

        var body = r.Body ?? [];
        return (r.Method, parts[2..]) switch
        {
            ("POST", ["notes"]) => CreateNote(r, opportunity, body),
            ("POST", ["feedback"]) => CreateFeedback(r, opportunity, body),
            ("PUT", ["feedback", var id]) => UpdateFeedback(id, body),
            ("POST", ["panels"]) => CreatePanel(r, opportunity, body),
            ("GET", ["panels"]) => Data(200, new JsonArray(Panels.Values.Where(p => p["opportunity"]!.GetValue<string>() == opportunity).Select(p => p.DeepClone()).ToArray())),
            ("DELETE", ["panels", var id]) => Panels.TryRemove(id, out _) ? new WireMock.ResponseMessage { StatusCode = 204 } : NotFound("panels", id),
            ("PUT", ["interviews", var id]) => UpdateInterview(id, body),
            _ => Error(404, "ResourceNotFound", $"{r.Path} was not found"),
        };
    }

    private WireMock.ResponseMessage CreateNote(Received r, string opportunity, JsonObject body)
    {
        if (body["value"]?.GetValue<string>() is not { Length: > 0 } value)
        {
            return Error(400, "BadRequestError", "value is required.");
        }

        var id = NextId("note");
        var note = new JsonObject { ["id"] = id, ["text"] = value, ["user"] = r.PerformAs, ["opportunity"] = opportunity, ["secret"] = body["secret"]?.DeepClone() ?? false };
        Notes[id] = note;
        return Data(201, note.DeepClone());
    }

    private WireMock.ResponseMessage CreateFeedback(Received r, string opportunity, JsonObject body)
    {
        if (body["baseTemplateId"]?.GetValue<string>() is not { } templateId || !Templates.TryGetValue(templateId, out var template))
        {
            return Error(400, "BadRequestError", "baseTemplateId must name a feedback template.");
        }

        if ((body["panel"] is null) != (body["interview"] is null))
        {
            return Error(400, "BadRequestError", "panel and interview must be given together.");
        }

        if (FieldProblem(body, template.Fields) is { } problem)
        {
            return problem;
        }

        var id = NextId("feedback");
        var form = new JsonObject
        {
            ["id"] = id, ["baseTemplateId"] = templateId, ["user"] = r.PerformAs, ["opportunity"] = opportunity, ["panel"] = body["panel"]?.DeepClone(),
            ["interview"] = body["interview"]?.DeepClone(), ["fieldValues"] = body["fieldValues"]!.DeepClone(), ["updates"] = 0,
        };
        Feedback[id] = form;
        return Data(201, form.DeepClone());
    }

    private WireMock.ResponseMessage UpdateFeedback(string id, JsonObject body)
    {
        if (!Feedback.TryGetValue(id, out var form))
        {
            return NotFound("feedback", id);
        }

        if (FieldProblem(body, Templates[form["baseTemplateId"]!.GetValue<string>()].Fields) is { } problem)
        {
            return problem;
        }

        form["fieldValues"] = body["fieldValues"]!.DeepClone();
        form["updates"] = form["updates"]!.GetValue<int>() + 1;
        return Data(200, form.DeepClone());
    }

    private static WireMock.ResponseMessage? FieldProblem(JsonObject body, string[] fields)
    {
        if (body["fieldValues"] is not JsonArray values)
        {
            return Error(400, "BadRequestError", "fieldValues must be an array.");
        }

        var unknown = values.Select(v => v?["id"]?.GetValue<string>()).FirstOrDefault(f => f is null || !fields.Contains(f));
        return values.Any(v => v?["id"]?.GetValue<string>() is not { } f || !fields.Contains(f))
            ? Error(400, "BadRequestError", $"Field {unknown ?? "(no id)"} is not a field of the template.")
            : null;
    }

    private WireMock.ResponseMessage CreatePanel(Received r, string opportunity, JsonObject body)
    {
        if (body["timezone"]?.GetValue<string>() is not { Length: > 0 } || body["interviews"] is not JsonArray { Count: > 0 } interviews)
        {
            return Error(400, "BadRequestError", "timezone and at least one interview are required.");
        }

        if (interviews.Any(i => i?["date"] is null || i["duration"]?.GetValue<int>() is not >= 1 || i["interviewers"] is not JsonArray))
        {
            return Error(400, "BadRequestError", "Every interview needs a date, a duration of at least 1 minute and interviewers.");
        }

        var id = NextId("panel");
        var panel = new JsonObject
        {
            ["id"] = id, ["opportunity"] = opportunity, ["user"] = r.PerformAs, ["timezone"] = body["timezone"]!.DeepClone(),
            ["externallyManaged"] = body["externallyManaged"]?.DeepClone() ?? false,
            ["interviews"] = new JsonArray(interviews.Select(i =>
            {
                var copy = i!.DeepClone().AsObject();
                copy["id"] = NextId("interview");
                copy["panel"] = id;
                return (JsonNode)copy;
            }).ToArray()),
        };
        Panels[id] = panel;
        return Data(201, panel.DeepClone());
    }

    private WireMock.ResponseMessage UpdateInterview(string id, JsonObject body)
    {
        var panel = Panels.Values.FirstOrDefault(p => p["interviews"]!.AsArray().Any(i => i!["id"]!.GetValue<string>() == id));
        if (panel is null)
        {
            return NotFound("interviews", id);
        }

        if (body["panel"]?.GetValue<string>() != panel["id"]!.GetValue<string>())
        {
            return Error(400, "BadRequestError", "panel must name the interview's panel.");
        }

        if (panel["externallyManaged"]?.GetValue<bool>() != true)
        {
            return Error(400, "BadRequestError", "Interviews can only be changed on externally managed panels.");
        }

        var interviews = panel["interviews"]!.AsArray();
        var index = interviews.Select((i, n) => (i, n)).First(x => x.i!["id"]!.GetValue<string>() == id).n;
        var updated = body.DeepClone().AsObject();
        updated["id"] = id;
        interviews[index] = updated;
        return Data(200, updated.DeepClone());
    }

    private WireMock.ResponseMessage TemplatePage(IDictionary<string, WireMockList<string>> query)
    {
        var all = Templates.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        var start = 0;
        if (query.TryGetValue("offset", out var offset))
        {
            // Offsets are opaque tokens this fake issued; anything else is refused as Lever does.
            if (offset.FirstOrDefault() is not { } token || !token.StartsWith("tok-", StringComparison.Ordinal) || !int.TryParse(token[4..], out start))
            {
                return Error(400, "BadRequestError", "offset is not a valid token.");
            }
        }

        var page = all.Skip(start).Take(TemplatePageSize).Select(t => (JsonNode)TemplateJson(t.Key, t.Value)).ToArray();
        var hasNext = start + TemplatePageSize < all.Count;
        var envelope = new JsonObject { ["data"] = new JsonArray(page), ["hasNext"] = hasNext };
        if (hasNext)
        {
            envelope["next"] = $"tok-{start + TemplatePageSize}";
        }

        return Json(200, envelope);
    }

    private static JsonObject TemplateJson(string id, (string Text, string[] Fields) template) => new()
    {
        ["id"] = id, ["text"] = template.Text,
        ["fields"] = new JsonArray(template.Fields.Select(f => (JsonNode)new JsonObject { ["id"] = f, ["type"] = "score-system" }).ToArray()),
    };

    private static WireMock.ResponseMessage NotFound(string kind, string id) => Error(404, "ResourceNotFound", $"{kind} {id} was not found");
}
