using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Rubrics;

public sealed record CopyRubricTemplateInput([property: Id] string TemplateId,
    [property: Description("The copy's name; the template's when omitted.")] string? Name);
