using System.Text.Json;
using System.Text.Json.Serialization;
using Panelist.Domain.Common;

namespace Panelist.Domain.Compliance;

/// <summary>
/// The written contract with an interviewer, in versions: recording a new one supersedes the current.
/// Its dates are what <see cref="Interviewers.Interviewer.ContractSignedAt"/> and its neighbours summarize.
/// </summary>
public sealed class FreelanceContract : Entity
{
    /// <summary>The legal default when the contract names no date: 30 days after the work is completed.</summary>
    public const int DefaultPaymentDueDays = 30;

    private static readonly JsonSerializerOptions ServiceJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private FreelanceContract()
        : base(default(FromStore))
    {
    }

    private FreelanceContract(Guid interviewerId, int version, ContractTerms terms, DateTime now)
    {
        InterviewerId = interviewerId;
        Version = version;
        Reference = terms.Reference;
        SignedAt = terms.SignedAt;
        ExpiresAt = terms.ExpiresAt;
        NdaSignedAt = terms.NdaSignedAt;
        Currency = terms.Currency;
        ServicesJson = JsonSerializer.Serialize(terms.Services, ServiceJson);
        PaymentDueDays = terms.PaymentDueDays ?? DefaultPaymentDueDays;
        PaymentDateDefaulted = terms.PaymentDueDays is null;
        RecordedAt = now;
    }

    public Guid InterviewerId { get; private set; }

    public int Version { get; private set; }

    public string? Reference { get; private set; }

    public DateTime SignedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? NdaSignedAt { get; private set; }

    public string Currency { get; private set; } = "";

    public string ServicesJson { get; private set; } = "[]";

    public IReadOnlyList<ContractedService> Services => JsonSerializer.Deserialize<List<ContractedService>>(ServicesJson, ServiceJson) ?? [];

    /// <summary>Days after completion by which the work is paid.</summary>
    public int PaymentDueDays { get; private set; }

    /// <summary>True when the contract named no date and the 30-day legal default applies.</summary>
    public bool PaymentDateDefaulted { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public DateTime? SupersededAt { get; private set; }

    public bool IsInForceAt(DateTime instant) => SignedAt <= instant && (ExpiresAt is null || instant < ExpiresAt);

    /// <summary>Checks the terms the laws require and makes version <paramref name="version"/>.</summary>
    public static FreelanceContract Create(Guid interviewerId, int version, ContractTerms terms, DateTime now)
    {
        var signed = Clock.Truncate(Guard.Instant(terms.SignedAt, "signedAt"));
        var expires = Guard.OptionalInstant(terms.ExpiresAt, "expiresAt") is { } e ? Clock.Truncate(e) : (DateTime?)null;
        var nda = Guard.OptionalInstant(terms.NdaSignedAt, "ndaSignedAt") is { } n ? Clock.Truncate(n) : (DateTime?)null;
        if (expires is { } end && end <= signed)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "A contract must expire after it is signed.", "expiresAt");
        }

        if (terms.Services.Count == 0)
        {
            throw new DomainRuleException(ErrorCodes.ContractServicesMissing,
                "A freelance contract must itemize the services it covers, each with its rate.", "services");
        }

        var services = terms.Services.Select((s, i) => new ContractedService(
            Guard.Required(s.Description, $"services.{i}.description", 400), s.Unit, Guard.Amount(s.Rate, $"services.{i}.rate"))).ToList();
        if (terms.PaymentDueDays is { } days)
        {
            Guard.Range(days, 1, DefaultPaymentDueDays, "paymentDueDays", ErrorCodes.PaymentTermsOutOfRange);
        }

        var normalized = terms with
        {
            Reference = Guard.Optional(terms.Reference, "reference", 100),
            SignedAt = signed,
            ExpiresAt = expires,
            NdaSignedAt = nda,
            Currency = Guard.Currency(terms.Currency, "currency"),
            Services = services,
        };
        return new FreelanceContract(interviewerId, version, normalized, now);
    }

    internal void Supersede(DateTime now) => SupersededAt ??= now;
}
