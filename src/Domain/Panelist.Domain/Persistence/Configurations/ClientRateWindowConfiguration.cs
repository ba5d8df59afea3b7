using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Limits;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ClientRateWindowConfiguration : IEntityTypeConfiguration<ClientRateWindow>
{
    public void Configure(EntityTypeBuilder<ClientRateWindow> builder)
    {
        builder.HasKey(w => w.ClientKey);
        // Counters of the current minute need no crash safety nor standby copies: UNLOGGED skips the WAL
        // on every lease (a crash or failover starts every client's window afresh). SQLite ignores it.
        builder.IsUnlogged();
    }
}
