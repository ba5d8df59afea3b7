using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SlaAndCandidatePage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BrandAccentColor",
                table: "Organizations",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BrandDisplayName",
                table: "Organizations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BrandLogoUrl",
                table: "Organizations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BrandPrimaryColor",
                table: "Organizations",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidateLanguage",
                table: "Interviews",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidateTimeZone",
                table: "Interviews",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JoinUrl",
                table: "Interviews",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SchedulingBreachedAt",
                table: "Interviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SchedulingDueAt",
                table: "Interviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScorecardBreachedAt",
                table: "Interviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScorecardDueAt",
                table: "Interviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RescheduleRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RescheduleRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RescheduleRequests_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlaNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaNotices_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_Status_SchedulingDueAt",
                table: "Interviews",
                columns: new[] { "Status", "SchedulingDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_Status_ScorecardDueAt",
                table: "Interviews",
                columns: new[] { "Status", "ScorecardDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RescheduleRequests_InterviewId_CreatedAt",
                table: "RescheduleRequests",
                columns: new[] { "InterviewId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaNotices_InterviewId_Kind",
                table: "SlaNotices",
                columns: new[] { "InterviewId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlaNotices_OrganizationId_CreatedAt",
                table: "SlaNotices",
                columns: new[] { "OrganizationId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RescheduleRequests");

            migrationBuilder.DropTable(
                name: "SlaNotices");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_Status_SchedulingDueAt",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_Status_ScorecardDueAt",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "BrandAccentColor",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "BrandDisplayName",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "BrandLogoUrl",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "BrandPrimaryColor",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "CandidateLanguage",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "CandidateTimeZone",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "JoinUrl",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "SchedulingBreachedAt",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "SchedulingDueAt",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "ScorecardBreachedAt",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "ScorecardDueAt",
                table: "Interviews");
        }
    }
}
