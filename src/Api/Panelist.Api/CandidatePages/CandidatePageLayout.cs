using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Panelist.Domain.Organizations;

namespace Panelist.Api.CandidatePages;

/// <summary>
/// The page shell in the client's brand: lang attribute, a skip link, the brand header (primary colour behind white
/// text, both checked for WCAG AA when set), visible focus rings in the accent colour, and no script at all.
/// </summary>
public static class CandidatePageLayout
{
    /// <summary>Neutral colours for a client that set no brand; both meet AA the same way brand colours must.</summary>
    public const string DefaultPrimary = "#1F3A5F";

    public const string DefaultAccent = "#0B5CAD";

    private const string Css = """
        *{box-sizing:border-box}
        body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1F2937;background:#FFFFFF}
        .skip{position:absolute;left:-999px;top:0;background:#FFFFFF;color:#1F2937;padding:.5rem 1rem}
        .skip:focus{left:1rem;top:1rem}
        header.brand{background:var(--primary);color:#FFFFFF;padding:1rem 1.5rem;display:flex;align-items:center;gap:1rem}
        header.brand img{max-height:48px;max-width:160px;background:#FFFFFF;padding:4px;border-radius:4px}
        .brand-name{font-size:1.25rem;font-weight:600}
        main{max-width:40rem;margin:0 auto;padding:1.5rem}
        h1{font-size:1.6rem;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.75rem 0 .5rem;color:var(--primary)}
        a{color:var(--accent)}
        a:focus,button:focus,input:focus,textarea:focus{outline:3px solid var(--accent);outline-offset:2px}
        .notice{border-left:4px solid var(--accent);background:#F3F4F6;padding:.75rem 1rem}
        .error{border-left:4px solid #B91C1C;background:#FEF2F2;padding:.75rem 1rem}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}
        textarea{width:100%;min-height:6rem;font:inherit;padding:.5rem;border:1px solid #6B7280;border-radius:4px}
        fieldset{border:1px solid #6B7280;border-radius:4px;padding:.75rem}
        legend{font-weight:600;padding:0 .25rem}
        .scale{display:flex;flex-wrap:wrap;gap:.25rem}
        .scale label{display:inline-flex;flex-direction:column;align-items:center;font-weight:400;margin:0;min-width:2.5rem}
        .scale-ends{display:flex;justify-content:space-between;font-size:.9rem;color:#4B5563}
        button{margin-top:1rem;font:inherit;font-weight:600;color:#FFFFFF;background:var(--primary);border:0;border-radius:4px;padding:.6rem 1.2rem;cursor:pointer}
        """;

    public static string Page(CandidatePageText text, OrganizationBranding? branding, string organizationName, string title, string body)
    {
        var html = HtmlEncoder.Default;
        var brandName = branding?.DisplayName ?? organizationName;
        var page = new StringBuilder(4096);
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{text.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>{html.Encode(title)}</title>
            <style>:root{"{"}--primary:{branding?.PrimaryColor ?? DefaultPrimary};--accent:{branding?.AccentColor ?? DefaultAccent}{"}"}
            {Css}</style>
            </head>
            <body>
            <a class="skip" href="#main">{html.Encode(text.SkipToContent)}</a>
            <header class="brand" data-brand-primary="{branding?.PrimaryColor ?? DefaultPrimary}">
            """);
        if (branding?.LogoUrl is { } logo)
        {
            page.Append(CultureInfo.InvariantCulture, $"""<img src="{html.Encode(logo)}" alt="{html.Encode(string.Format(CultureInfo.InvariantCulture, text.LogoAlt, brandName))}">""");
        }

        page.Append(CultureInfo.InvariantCulture, $"""
            <span class="brand-name">{html.Encode(brandName)}</span>
            </header>
            <main id="main">
            {body}
            </main>
            </body>
            </html>
            """);
        return page.ToString();
    }

    /// <summary>The page for a link that is expired or not ours: plain words, the platform's neutral look, nothing about any interview.</summary>
    public static string Problem(CandidatePageText text, bool expired)
    {
        var html = HtmlEncoder.Default;
        var title = expired ? text.ExpiredTitle : text.NotFoundTitle;
        var body = $"<h1>{html.Encode(title)}</h1>\n<p>{html.Encode(expired ? text.ExpiredBody : text.NotFoundBody)}</p>";
        return Page(text, null, "Panelist", title, body);
    }
}
