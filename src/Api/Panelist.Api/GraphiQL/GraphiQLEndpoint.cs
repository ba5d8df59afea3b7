using System.Text.Encodings.Web;

namespace Panelist.Api.GraphiQL;

/// <summary>
/// GraphiQL at <c>GET /graphql/ui</c>: the page and its assets are restored from npm by
/// <c>GraphiQL/GraphiQL.targets</c> into <c>wwwroot/graphiql/</c> at build time, never loaded from a CDN.
/// In Development the page also offers a "Get demo token" button (<c>POST /dev/token</c>).
/// </summary>
public static class GraphiQLEndpoint
{
    private const string UiPath = "/graphql/ui";
    private const string BasePlaceholder = "<base href=\"./\" />";
    private const string DevTokenOff = "<meta name=\"panelist-dev-token\" content=\"off\" />";
    private const string DevTokenOn = "<meta name=\"panelist-dev-token\" content=\"on\" />";
    private const string MissingAssets =
        "GraphiQL is not built. Build Panelist.Api with Node.js and npm on the PATH: GraphiQL/GraphiQL.targets restores it into wwwroot/graphiql/.";

    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        var webRoot = string.IsNullOrEmpty(app.Environment.WebRootPath)
            ? Path.Combine(app.Environment.ContentRootPath, "wwwroot")
            : app.Environment.WebRootPath;
        var root = Path.Combine(webRoot, "graphiql");
        var indexFile = Path.Combine(root, "index.html");
        var assetsDirectory = Path.GetFullPath(Path.Combine(root, "assets")) + Path.DirectorySeparatorChar;
        var isDevelopment = app.Environment.IsDevelopment();

        // Routing matches "/graphql/ui" and "/graphql/ui/". Without the slash the page's "./assets/..." would
        // resolve against "/graphql/", so a <base> pointing at "/graphql/ui/" (behind any PathBase) keeps them right.
        app.MapGet(UiPath, async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (!File.Exists(indexFile))
            {
                return Results.Text(MissingAssets, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            }

            var html = await File.ReadAllTextAsync(indexFile, cancellationToken);
            var baseHref = HtmlEncoder.Default.Encode(request.PathBase.Add(UiPath + "/").ToUriComponent());
            html = html.Replace(BasePlaceholder, $"<base href=\"{baseHref}\" />", StringComparison.Ordinal);
            if (isDevelopment)
            {
                html = html.Replace(DevTokenOff, DevTokenOn, StringComparison.Ordinal);
            }

            return Results.Content(html, "text/html; charset=utf-8");
        }).AllowAnonymous();

        app.MapGet(UiPath + "/assets/{file}", (string file) =>
        {
            var contentType = ContentType(file);
            if (contentType is null || file.StartsWith('.') || file != Path.GetFileName(file))
            {
                return Results.NotFound();
            }

            var path = Path.GetFullPath(Path.Combine(assetsDirectory, file));
            return path.StartsWith(assetsDirectory, StringComparison.Ordinal) && File.Exists(path)
                ? Results.File(path, contentType)
                : Results.NotFound();
        }).AllowAnonymous();

        return app;
    }

    private static string? ContentType(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".map" => "application/json",
        _ => null,
    };
}
