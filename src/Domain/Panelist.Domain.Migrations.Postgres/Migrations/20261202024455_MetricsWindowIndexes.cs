using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MetricsWindowIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Interviews_EngagementId_CancelledAt",
                table: "Interviews",
                columns: new[] { "EngagementId", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_EngagementId_CompletedAt",
                table: "Interviews",
                columns: new[] { "EngagementId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_EngagementId_ScheduledStart",
                table: "Interviews",
                columns: new[] { "EngagementId", "ScheduledStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interviews_EngagementId_CancelledAt",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_EngagementId_CompletedAt",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_EngagementId_ScheduledStart",
                table: "Interviews");
        }
    }
}
