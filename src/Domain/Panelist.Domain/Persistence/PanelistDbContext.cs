using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Changes;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Persistence;

/// <summary>
/// The one DbContext. Client-owned rows are filtered to <see cref="RequestContext.OrganizationId"/>;
/// platform-level work crosses that line only through an explicit <c>IgnoreQueryFilters()</c>.
/// Pooled (one options object, contexts reused across requests): <see cref="Use"/> hands each rent its request and
/// clock, and returning it to the pool forgets both, so a context between requests sees no client-owned row.
/// </summary>
public sealed class PanelistDbContext(DbContextOptions<PanelistDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    private readonly ChangeCapture? _capture = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?
        .Interceptors?.OfType<ChangeCapture>().FirstOrDefault();

    /// <summary>Nobody: never exposed, so never <see cref="RequestContext.Set"/>; its null organization sees no client-owned row.</summary>
    private static readonly RequestContext Nobody = new();

    private RequestContext _request = Nobody;
    private TimeProvider _time = TimeProvider.System;

    /// <summary>Binds the context to the request it serves (the tenant filter reads its organization) and its clock.</summary>
    public PanelistDbContext Use(RequestContext request, TimeProvider time)
    {
        _request = request;
        _time = time;
        return this;
    }

    /// <summary>ASP.NET Data Protection keys, shared by every replica (they encrypt connector secrets).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Interviewer> Interviewers => Set<Interviewer>();

    public DbSet<Skill> Skills => Set<Skill>();

    public DbSet<Rubric> Rubrics => Set<Rubric>();

    public DbSet<RubricVersion> RubricVersions => Set<RubricVersion>();

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<Candidates.Candidate> Candidates => Set<Candidates.Candidate>();

    /// <summary>Each candidate's wrapped data key: deleting the row shreds the person's data.</summary>
    public DbSet<Candidates.CandidateKey> CandidateKeys => Set<Candidates.CandidateKey>();

    /// <summary>Plaintext candidate rows copied out of interviews by the migration, encrypted and removed by <see cref="Candidates.CandidateImport"/> at start.</summary>
    public DbSet<Candidates.CandidateImportRow> CandidateImports => Set<Candidates.CandidateImportRow>();

    public DbSet<Candidates.LegalHold> LegalHolds => Set<Candidates.LegalHold>();

    public DbSet<Candidates.ErasureReceipt> ErasureReceipts => Set<Candidates.ErasureReceipt>();

    /// <summary>Candidates' voluntary demographics, sealed under their keys; read only by the adverse-impact calculator.</summary>
    public DbSet<Fairness.CandidateDemographics> CandidateDemographics => Set<Fairness.CandidateDemographics>();

    public DbSet<Scorecard> Scorecards => Set<Scorecard>();

    public DbSet<ScorecardRevision> ScorecardRevisions => Set<ScorecardRevision>();

    public DbSet<CandidateFeedback> CandidateFeedback => Set<CandidateFeedback>();

    /// <summary>SLA reminders and escalations sent, one per (interview, kind): the job's durable claim.</summary>
    public DbSet<Sla.SlaNotice> SlaNotices => Set<Sla.SlaNotice>();

    /// <summary>Candidates' requests, from the candidate page, to move their interview.</summary>
    public DbSet<RescheduleRequest> RescheduleRequests => Set<RescheduleRequest>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    /// <summary>Signed chain heads; the signing key is never in the database.</summary>
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<ConnectorInstallation> ConnectorInstallations => Set<ConnectorInstallation>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<VendorRateWindow> VendorRateWindows => Set<VendorRateWindow>();

    /// <summary>The last event sequence number per subject (not tenant-filtered: a subject is a globally unique id).</summary>
    public DbSet<IntegrationSequence> IntegrationSequences => Set<IntegrationSequence>();

    /// <summary>The API's per-client request windows, shared by the replicas on PostgreSQL (not tenant-filtered: keyed by caller).</summary>
    public DbSet<Limits.ClientRateWindow> ClientRateWindows => Set<Limits.ClientRateWindow>();
    public DbSet<Compliance.ClassificationRecord> ClassificationRecords => Set<Compliance.ClassificationRecord>();

    public DbSet<Compliance.FreelanceContract> FreelanceContracts => Set<Compliance.FreelanceContract>();

    public DbSet<Compliance.MinimumRateRule> MinimumRateRules => Set<Compliance.MinimumRateRule>();

    public DbSet<Compliance.PayoutStatement> PayoutStatements => Set<Compliance.PayoutStatement>();
    /// <summary>Connectors' durable per-installation state (encrypted values).</summary>
    public DbSet<ConnectorStateEntry> ConnectorState => Set<ConnectorStateEntry>();

    public DbSet<InterviewerMapping> InterviewerMappings => Set<InterviewerMapping>();

    /// <summary>Interview-audit checklists, platform-owned and versioned.</summary>
    public DbSet<Quality.Audits.AuditChecklist> AuditChecklists => Set<Quality.Audits.AuditChecklist>();

    public DbSet<Quality.Audits.InterviewAudit> InterviewAudits => Set<Quality.Audits.InterviewAudit>();

    /// <summary>Per organization, and the platform default (owned by the platform organization).</summary>
    public DbSet<Quality.Audits.AuditSamplingPolicy> AuditSamplingPolicies => Set<Quality.Audits.AuditSamplingPolicy>();

    public DbSet<Quality.Audits.AuditSample> AuditSamples => Set<Quality.Audits.AuditSample>();

    public DbSet<Quality.Calibration.CalibrationSession> CalibrationSessions => Set<Quality.Calibration.CalibrationSession>();

    public DbSet<Quality.Calibration.CalibrationScore> CalibrationScores => Set<Quality.Calibration.CalibrationScore>();

    public DbSet<Quality.Calibration.RecalibrationTask> RecalibrationTasks => Set<Quality.Calibration.RecalibrationTask>();

    /// <summary>What requests sent with an <c>Idempotency-Key</c> did (not tenant-filtered: the key's scope names the caller).</summary>
    public DbSet<Idempotency.IdempotencyRecord> IdempotencyKeys => Set<Idempotency.IdempotencyRecord>();

    public DbSet<Threads.ThreadMessage> ThreadMessages => Set<Threads.ThreadMessage>();

    /// <summary>Per participant and thread (not tenant-filtered: an interviewer's marks span clients; reads go through the thread's access).</summary>
    public DbSet<Threads.ThreadReadMark> ThreadReadMarks => Set<Threads.ThreadReadMark>();

    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    public DbSet<Notifications.NotificationDelivery> NotificationDeliveries => Set<Notifications.NotificationDelivery>();

    /// <summary>Per person (not tenant-filtered: keyed by the recipient).</summary>
    public DbSet<Notifications.NotificationPreference> NotificationPreferences => Set<Notifications.NotificationPreference>();

    /// <summary>Per person (not tenant-filtered: keyed by the recipient).</summary>
    public DbSet<Notifications.NotificationProfile> NotificationProfiles => Set<Notifications.NotificationProfile>();

    public DbSet<Notifications.NotificationTemplate> NotificationTemplates => Set<Notifications.NotificationTemplate>();

    public DbSet<Notifications.WebhookEndpoint> WebhookEndpoints => Set<Notifications.WebhookEndpoint>();

    /// <summary>Read by the tenant query filter on every query; EF parameterizes it per execution.</summary>
    internal Guid? CurrentOrganizationId => _request.OrganizationId;

    public override void Dispose()
    {
        Release();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Release();
        return base.DisposeAsync();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
        if (Database.IsSqlite())
        {
            // SQLite has no decimal type: EF stores TEXT, which sorts and compares as text. Scaled
            // integers keep money exact and let rate ranges and ordering run in SQL.
            configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PanelistDbContext).Assembly);
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            // Ids are made in code (version 7 GUIDs). Marking them "never generated" makes EF insert a
            // new child found through a navigation instead of mistaking it for an existing row.
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }

        // Rubrics are the organization's, like engagements; a template (no organization) is readable by
        // anyone acting for an organization. With no organization selected nothing shows, as for other rows.
        modelBuilder.Entity<Rubric>().HasQueryFilter(r => CurrentOrganizationId != null && (r.OrganizationId == CurrentOrganizationId || r.OrganizationId == null));
        modelBuilder.Entity<RubricVersion>().HasQueryFilter(v => CurrentOrganizationId != null && (v.OrganizationId == CurrentOrganizationId || v.OrganizationId == null));
    }

    private LambdaExpression TenantFilter(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var owner = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.OrganizationId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentOrganizationId));
        return Expression.Lambda(Expression.Equal(owner, current), row);
    }

    /// <summary>Before the pool takes the context back: nobody's request, and no change notices of a transaction that never committed.</summary>
    private void Release()
    {
        _request = Nobody;
        _time = TimeProvider.System;
        _capture?.Forget(this);
    }

    private void StampTimes()
    {
        var now = Clock.Now(_time);
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Touch(now);
            }
        }
    }
}
