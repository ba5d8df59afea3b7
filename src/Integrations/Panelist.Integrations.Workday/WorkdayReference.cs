namespace Panelist.Integrations.Workday;

/// <summary>A Workday reference: <c>&lt;wd:ID wd:type="{Type}"&gt;{Id}&lt;/wd:ID&gt;</c>. Ratings, competencies, interview types and workers are all tenant-configured references.</summary>
internal sealed record WorkdayReference(string Type, string Id)
{
    public const string Wid = "WID";
}
