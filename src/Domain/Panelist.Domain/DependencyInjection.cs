using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Domain.Audits;
using Panelist.Domain.Changes;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Skills;

namespace Panelist.Domain;

public static class DependencyInjection
{
    /// <summary>The domain: DbContext on the configured provider, the request context and every domain service. Touches no database.</summary>
    public static IServiceCollection AddDomain(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        // Pooled: one options object for the process and contexts reused across requests, each rent bound to its
        // request's RequestContext (the tenant filter) and clock; PanelistDbContext forgets both when it goes back.
        services.AddPooledDbContextFactory<PanelistDbContext>((sp, o) =>
            DbContextOptionsFactory.Configure(o, provider, connectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PanelistDbContext>>().CreateDbContext()
            .Use(sp.GetRequiredService<RequestContext>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(TimeProvider.System);
        // Live subscriptions hear of committed changes: in-process on SQLite, LISTEN/NOTIFY across replicas on PostgreSQL.
        services.AddSingleton<ChangeBus>(sp => provider == DatabaseProvider.Postgres
            ? new PostgresChangeBus(connectionString, sp.GetRequiredService<TimeProvider>(),
                // Tools and tests build the domain without logging.
                sp.GetService<ILoggerFactory>()?.CreateLogger<PostgresChangeBus>() ?? NullLogger<PostgresChangeBus>.Instance)
            : new InMemoryChangeBus());
        services.AddSingleton<IInterceptor, ChangeCapture>();
        services.AddScoped<RequestContext>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        // Needs the AuditSigningKeys singleton, which the host loads from its configuration (never the database).
        services.AddScoped<AuditCheckpointService>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<Idempotency.IdempotencyScope>();
        services.AddScoped<Idempotency.IdempotencyStore>();
        services.AddScoped<Integrations.Outbox>();
        services.AddScoped<Integrations.ConnectorInstallationService>();
        services.AddScoped<Integrations.DeliveryLedger>();
        services.AddScoped<Integrations.VendorRateLimit>();
        services.AddScoped<Integrations.ConnectorState>();
        services.AddScoped<Integrations.InterviewerMappingService>();
        services.AddScoped<DomainScope>();
        services.AddScoped<SkillService>();
        services.AddScoped<InterviewerService>();
        services.AddScoped<RubricService>();
        services.AddScoped<EngagementService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<InterviewService>();
        // Replaced by the API with the configured master key; tools and tests get one that lives as long as the process.
        services.TryAddSingleton(_ => Candidates.PersonalDataKeyRing.Ephemeral());
        services.AddScoped<Candidates.CandidateVault>();
        services.AddScoped<Candidates.CandidateService>();
        services.AddScoped<Candidates.CandidateRetention>();
        services.AddScoped<ScorecardService>();
        services.AddScoped<CandidateFeedbackService>();
        services.AddScoped<Compliance.ClassificationService>();
        services.AddScoped<Compliance.FreelanceContractService>();
        services.AddScoped<Compliance.MinimumRateService>();
        services.AddScoped<Compliance.PayoutService>();
        services.AddScoped<Quality.Audits.InterviewAuditService>();
        services.AddScoped<Quality.Calibration.CalibrationService>();
        services.AddOptions<Quality.Scores.QualityScoreOptions>();
        services.AddScoped<Quality.Scores.QualityScoreService>();
        services.AddOptions<Engagements.Matching.MatchingOptions>();
        services.AddScoped<Engagements.Matching.MatchingService>();
        services.AddScoped<Metrics.MetricsCalculator>();
        services.AddScoped<Fairness.AdverseImpactCalculator>();
        services.AddScoped<Fairness.CandidateDemographicsService>();
        services.AddScoped<Notifications.Notifications>();
        services.AddScoped<Notifications.NotificationSettingsService>();
        // Needs the ISecretProtector the host registers.
        services.AddScoped<Notifications.WebhookEndpointService>();
        services.AddScoped<Notifications.NotificationLedger>();
        services.AddScoped<Threads.ThreadService>();
        services.AddScoped<Organizations.BrandingService>();
        services.AddScoped<CandidatePages.CandidatePageService>();
        services.AddScoped<Sla.SlaWatcher>();
        services.AddScoped<Sla.AuditSlaNotifier>();
        services.AddScoped<Sla.ISlaNotifier, Sla.NotificationSlaNotifier>();
        services.AddScoped<Sla.InterviewerSlaFigures>();
        return services;
    }
}
