using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Seeding;

/// <summary>The fixed vocabulary of the demo world: organizations, skills, places, rubrics.</summary>
internal static class DemoCatalog
{
    public static readonly (string Slug, string Name, string Currency)[] Organizations =
    [
        ("acme", "Acme Corporation", "USD"),
        ("globex", "Globex GmbH", "EUR"),
        ("initech", "Initech Ltd", "USD"),
    ];

    public static readonly (string Slug, string Name, string Category)[] Skills =
    [
        ("java", "Java", "Languages"), ("kotlin", "Kotlin", "Languages"), ("csharp", "C#", "Languages"),
        ("go", "Go", "Languages"), ("rust", "Rust", "Languages"), ("python", "Python", "Languages"),
        ("typescript", "TypeScript", "Languages"), ("scala", "Scala", "Languages"), ("swift", "Swift", "Languages"),
        ("cpp", "C++", "Languages"), ("elixir", "Elixir", "Languages"), ("ruby", "Ruby", "Languages"),
        ("react", "React", "Frontend"), ("angular", "Angular", "Frontend"), ("vue", "Vue", "Frontend"),
        ("ios", "iOS", "Mobile"), ("android", "Android", "Mobile"), ("flutter", "Flutter", "Mobile"),
        ("distributed-systems", "Distributed systems", "Architecture"), ("system-design", "System design", "Architecture"),
        ("microservices", "Microservices", "Architecture"), ("event-sourcing", "Event sourcing", "Architecture"),
        ("postgresql", "PostgreSQL", "Data"), ("data-engineering", "Data engineering", "Data"), ("spark", "Apache Spark", "Data"),
        ("machine-learning", "Machine learning", "Data"), ("llm-engineering", "LLM engineering", "Data"), ("statistics", "Statistics", "Data"),
        ("kubernetes", "Kubernetes", "Infrastructure"), ("aws", "AWS", "Infrastructure"), ("gcp", "Google Cloud", "Infrastructure"),
        ("terraform", "Terraform", "Infrastructure"), ("sre", "Site reliability", "Infrastructure"), ("security", "Application security", "Security"),
        ("cryptography", "Cryptography", "Security"), ("embedded", "Embedded systems", "Hardware"), ("fpga", "FPGA design", "Hardware"),
        ("product-management", "Product management", "Product"), ("ux-research", "UX research", "Design"), ("engineering-management", "Engineering management", "Leadership"),
    ];

    public static readonly (string Country, string TimeZone, string Currency, string[] Languages)[] Places =
    [
        ("US", "America/New_York", "USD", ["en", "es"]), ("US", "America/Los_Angeles", "USD", ["en"]), ("CA", "America/Toronto", "USD", ["en", "fr"]),
        ("MX", "America/Mexico_City", "USD", ["es", "en"]), ("BR", "America/Sao_Paulo", "USD", ["pt", "en"]), ("AR", "America/Argentina/Buenos_Aires", "USD", ["es", "en"]),
        ("CO", "America/Bogota", "USD", ["es", "en"]), ("CL", "America/Santiago", "USD", ["es"]), ("GB", "Europe/London", "GBP", ["en"]),
        ("IE", "Europe/Dublin", "EUR", ["en", "ga"]), ("DE", "Europe/Berlin", "EUR", ["de", "en"]), ("FR", "Europe/Paris", "EUR", ["fr", "en"]),
        ("ES", "Europe/Madrid", "EUR", ["es", "en"]), ("IT", "Europe/Rome", "EUR", ["it", "en"]), ("NL", "Europe/Amsterdam", "EUR", ["nl", "en", "de"]),
        ("SE", "Europe/Stockholm", "EUR", ["sv", "en"]), ("PL", "Europe/Warsaw", "EUR", ["pl", "en"]), ("PT", "Europe/Lisbon", "EUR", ["pt", "en"]),
        ("RO", "Europe/Bucharest", "EUR", ["ro", "en"]), ("UA", "Europe/Kyiv", "EUR", ["uk", "en", "pl"]), ("TR", "Europe/Istanbul", "EUR", ["tr", "en"]),
        ("IL", "Asia/Jerusalem", "USD", ["he", "en"]), ("AE", "Asia/Dubai", "USD", ["ar", "en"]), ("EG", "Africa/Cairo", "USD", ["ar", "en"]),
        ("NG", "Africa/Lagos", "USD", ["en"]), ("KE", "Africa/Nairobi", "USD", ["en", "sw"]), ("ZA", "Africa/Johannesburg", "USD", ["en", "af"]),
        ("IN", "Asia/Kolkata", "USD", ["en", "hi"]), ("SG", "Asia/Singapore", "USD", ["en", "zh"]), ("VN", "Asia/Ho_Chi_Minh", "USD", ["vi", "en"]),
        ("PH", "Asia/Manila", "USD", ["en"]), ("JP", "Asia/Tokyo", "USD", ["ja", "en"]), ("KR", "Asia/Seoul", "USD", ["ko", "en"]),
        ("AU", "Australia/Sydney", "USD", ["en"]), ("NZ", "Pacific/Auckland", "USD", ["en"]),
    ];

    public static readonly (string Name, string RoleFamily, string[] Criteria)[] Rubrics =
    [
        ("Backend engineer", "Engineering", ["problem_solving", "code_quality", "system_design", "communication"]),
        ("Frontend engineer", "Engineering", ["problem_solving", "ui_craft", "accessibility", "communication"]),
        ("Data scientist", "Data", ["statistics", "modelling", "experimentation", "communication"]),
        ("Site reliability engineer", "Infrastructure", ["troubleshooting", "automation", "incident_response"]),
        ("Engineering manager", "Leadership", ["people_leadership", "delivery", "technical_judgement", "hiring"]),
        ("Product manager", "Product", ["product_sense", "execution", "stakeholder_management"]),
    ];

    public static IReadOnlyList<RubricCriterion> CriteriaFor(string[] keys)
    {
        var weights = keys.Length switch
        {
            3 => new[] { 0.4m, 0.35m, 0.25m },
            _ => [0.3m, 0.3m, 0.2m, 0.2m],
        };
        return [.. keys.Select((key, i) => new RubricCriterion(
            key,
            Title(key),
            $"How well the candidate shows {Title(key).ToLowerInvariant()}.",
            weights[i],
            [
                $"No evidence of {key.Replace('_', ' ')}; needed heavy prompting.",
                $"Some {key.Replace('_', ' ')} with gaps; partial answers.",
                $"Solid {key.Replace('_', ' ')}; independent and correct.",
                $"Exceptional {key.Replace('_', ' ')}; raised the bar and taught the interviewer something.",
            ]))];
    }

    private static string Title(string key) =>
        string.Concat(key.Replace('_', ' ')[..1].ToUpperInvariant(), key.Replace('_', ' ')[1..]);
}
