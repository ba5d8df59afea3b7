using Fluid;
using Panelist.Domain.Common;

namespace Panelist.Domain.Notifications;

/// <summary>
/// Renders Fluid (Liquid) templates to plain text over a model of nested dictionaries. Templates come from client admins,
/// so the model holds strings only, the step count is capped and nothing is HTML-encoded (mails are text/plain).
/// </summary>
public static class TemplateRenderer
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new() { MaxSteps = 10_000, MaxRecursion = 10 };

    /// <summary>Throws <see cref="ErrorCodes.NotificationTemplateInvalid"/> naming <paramref name="field"/> when the source does not parse.</summary>
    public static IFluidTemplate Parse(string source, string field)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new DomainRuleException(ErrorCodes.NotificationTemplateInvalid, $"The template does not parse: {error}", field);
        }

        return template;
    }

    public static RenderedMessage Render(RenderedMessage template, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> model)
    {
        var context = new TemplateContext(Options);
        foreach (var (name, values) in model)
        {
            context.SetValue(name, values.ToDictionary(v => v.Key, v => (object)v.Value));
        }

        // Subjects are one line whatever a template does.
        var subject = Parse(template.Subject, "subject").Render(context, NullEncoder.Default).ReplaceLineEndings(" ").Trim();
        var body = Parse(template.Body, "body").Render(context, NullEncoder.Default).Trim();
        return new RenderedMessage(subject, body);
    }
}
