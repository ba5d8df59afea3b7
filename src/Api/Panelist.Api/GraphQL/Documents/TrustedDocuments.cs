using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>
/// The manifest of the trusted-documents mode, read once at start. Its keys are checked against the texts,
/// so a manifest that does not match its documents fails the start rather than refusing requests later.
/// </summary>
public sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _documents = [];

    public TrustedDocuments(IOptions<DocumentOptions> options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.Value.TrustedDocuments))
        {
            return;
        }

        IsEnabled = true;
        var path = Path.IsPathRooted(options.Value.TrustedDocuments)
            ? options.Value.TrustedDocuments
            : Path.Combine(environment.ContentRootPath, options.Value.TrustedDocuments);
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"The trusted documents manifest {path} is empty.");
        foreach (var (hash, text) in manifest)
        {
            var id = hash.StartsWith("sha256:", StringComparison.Ordinal) ? hash["sha256:".Length..] : hash;
            if (DocumentHash.Of(text) != id)
            {
                throw new InvalidOperationException($"The trusted documents manifest {path} lists {hash} for a document whose SHA-256 differs.");
            }

            _documents[id] = text;
        }
    }

    /// <summary>True when a manifest is configured: only its documents run.</summary>
    public bool IsEnabled { get; }

    public string? Find(string hash) => _documents.GetValueOrDefault(hash);
}
