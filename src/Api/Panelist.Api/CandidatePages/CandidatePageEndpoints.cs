using System.Globalization;
using Microsoft.Extensions.Primitives;
using Panelist.Domain.CandidatePages;
using Panelist.Domain.Common;

namespace Panelist.Api.CandidatePages;

/// <summary>
/// <c>GET /c/{token}</c> renders one interview's page; <c>POST /c/{token}/reschedule</c> and <c>/feedback</c> take its
/// two forms and answer 303 back to the page (post/redirect/get). The token in the path is the only authority: there
/// is no cookie or session, so a cross-site form post carries no ambient credential to abuse, and an antiforgery
/// token would add nothing a forger lacks (whoever holds the link may post anyway). The forms are read by hand, so no
/// antiforgery filter is attached.
/// </summary>
public static class CandidatePageEndpoints
{
    public const string Prefix = "/c";

    public static WebApplication MapCandidatePage(this WebApplication app)
    {
        var pages = app.MapGroup(Prefix).AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/{token}", Show);
        pages.MapPost("/{token}/reschedule", RequestReschedule).DisableAntiforgery();
        pages.MapPost("/{token}/feedback", LeaveFeedback).DisableAntiforgery();
        return app;
    }

    private static async Task Show(HttpContext http, string token, CandidateLinks links, CandidatePageService pages, TimeProvider time)
    {
        if (await ActAsLinkAsync(http, token, links) is not { } interviewId)
        {
            return;
        }

        await RenderAsync(http, token, interviewId, pages, time, StatusCodes.Status200OK, http.Request.Query["sent"], null);
    }

    private static async Task RequestReschedule(HttpContext http, string token, CandidateLinks links, CandidatePageService pages, TimeProvider time)
    {
        if (await ActAsLinkAsync(http, token, links) is not { } interviewId)
        {
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var result = await pages.RequestRescheduleAsync(interviewId, form["message"].ToString(), http.RequestAborted);
        await AfterPostAsync(http, token, interviewId, pages, time, result.Error, "reschedule");
    }

    private static async Task LeaveFeedback(HttpContext http, string token, CandidateLinks links, CandidatePageService pages, TimeProvider time)
    {
        if (await ActAsLinkAsync(http, token, links) is not { } interviewId)
        {
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var score = int.TryParse(form["score"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
        var result = await pages.LeaveFeedbackAsync(interviewId, score, form["comment"].ToString(), http.RequestAborted);
        await AfterPostAsync(http, token, interviewId, pages, time, result.Error, "feedback");
    }

    private static async Task AfterPostAsync(HttpContext http, string token, Guid interviewId, CandidatePageService pages, TimeProvider time,
        DomainError? error, string sent)
    {
        if (error is null)
        {
            http.Response.StatusCode = StatusCodes.Status303SeeOther;
            http.Response.Headers.Location = $"{Prefix}/{Uri.EscapeDataString(token)}?sent={sent}{Carry(http, "tz")}{Carry(http, "lang")}";
            return;
        }

        await RenderAsync(http, token, interviewId, pages, time, StatusCodes.Status400BadRequest, StringValues.Empty, error.Message);
    }

    /// <summary>
    /// Checks the link; when valid, this request acts as the system for the link's organization, confined to its
    /// interview by the callers. Otherwise writes the expired (410) or not-found (404) page and returns null.
    /// </summary>
    private static async Task<Guid?> ActAsLinkAsync(HttpContext http, string token, CandidateLinks links)
    {
        var (status, link) = links.Read(token);
        if (status != CandidateLinkStatus.Valid)
        {
            await WriteAsync(http, status == CandidateLinkStatus.Expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound,
                CandidatePageLayout.Problem(TextFor(http, null), status == CandidateLinkStatus.Expired));
            return null;
        }

        http.RequestServices.GetRequiredService<RequestContext>().Set(Actor.System("candidate-page"), link!.OrganizationId, http.TraceIdentifier);
        return link.InterviewId;
    }

    private static async Task RenderAsync(HttpContext http, string token, Guid interviewId, CandidatePageService pages, TimeProvider time, int status,
        StringValues sent, string? error)
    {
        var view = await pages.ViewAsync(interviewId, http.RequestAborted);
        if (view is null)
        {
            await WriteAsync(http, StatusCodes.Status404NotFound, CandidatePageLayout.Problem(TextFor(http, null), expired: false));
            return;
        }

        var text = TextFor(http, view.Language);
        var zone = ZoneFor(view.TimeZone, http.Request.Query["tz"].ToString());
        var body = CandidatePageRenderer.Render(view, text, zone, $"{Prefix}/{Uri.EscapeDataString(token)}", sent.ToString(), error, Clock.Now(time));
        var title = string.Format(CultureInfo.GetCultureInfo(text.Language), text.Title, view.Branding?.DisplayName ?? view.OrganizationName);
        await WriteAsync(http, status, CandidatePageLayout.Page(text, view.Branding, view.OrganizationName, title, body));
    }

    /// <summary>The interview's language first, then the link's <c>lang</c> parameter, then the browser's first choice.</summary>
    private static CandidatePageText TextFor(HttpContext http, string? interviewLanguage)
    {
        var browser = http.Request.Headers.AcceptLanguage.ToString().Split([',', ';', '-'], 2)[0].Trim();
        return CandidatePageText.For(interviewLanguage, http.Request.Query["lang"].ToString(), browser);
    }

    /// <summary>The interview's candidate zone, else the link's <c>tz</c> parameter when it names an IANA zone, else UTC.</summary>
    private static TimeZoneInfo ZoneFor(string? interviewZone, string? parameter)
    {
        foreach (var id in new[] { interviewZone, parameter })
        {
            if (!string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId)
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }

    private static string Carry(HttpContext http, string name) =>
        http.Request.Query[name].ToString() is { Length: > 0 and <= 64 } value ? $"&{name}={Uri.EscapeDataString(value)}" : "";

    private static async Task WriteAsync(HttpContext http, int status, string html)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var headers = http.Response.Headers;
        // No script runs, forms post only here, and the token in the address never leaks to the logo's or join link's host.
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src https:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex";
        headers.XContentTypeOptions = "nosniff";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }
}
