using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SdkEventsCheckpointsIndexesSharedLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InterviewerSkill_SkillId_Level",
                table: "InterviewerSkill");

            migrationBuilder.AddColumn<string>(
                name: "AtsHiringPlanInterviewId",
                table: "Engagements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AtsInterviewTypeId",
                table: "Engagements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AtsStageId",
                table: "Engagements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CircuitOpenUntil",
                table: "ConnectorInstallations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailuresInARow",
                table: "ConnectorInstallations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditCheckpoints_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClientRateWindows",
                columns: table => new
                {
                    ClientKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Used = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientRateWindows", x => x.ClientKey);
                })
                .Annotation("Npgsql:UnloggedTable", true);

            migrationBuilder.CreateTable(
                name: "IntegrationSequences",
                columns: table => new
                {
                    Subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationSequences", x => x.Subject);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_EngagementId_RequestedAt_Id",
                table: "Interviews",
                columns: new[] { "EngagementId", "RequestedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewerSkill_SkillId_Level_InterviewerId",
                table: "InterviewerSkill",
                columns: new[] { "SkillId", "Level", "InterviewerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Interviewers_HourlyRate_Id",
                table: "Interviewers",
                columns: new[] { "HourlyRate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_OrganizationId_Sequence",
                table: "AuditCheckpoints",
                columns: new[] { "OrganizationId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditCheckpoints");

            migrationBuilder.DropTable(
                name: "ClientRateWindows");

            migrationBuilder.DropTable(
                name: "IntegrationSequences");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_EngagementId_RequestedAt_Id",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_InterviewerSkill_SkillId_Level_InterviewerId",
                table: "InterviewerSkill");

            migrationBuilder.DropIndex(
                name: "IX_Interviewers_HourlyRate_Id",
                table: "Interviewers");

            migrationBuilder.DropColumn(
                name: "AtsHiringPlanInterviewId",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "AtsInterviewTypeId",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "AtsStageId",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "CircuitOpenUntil",
                table: "ConnectorInstallations");

            migrationBuilder.DropColumn(
                name: "FailuresInARow",
                table: "ConnectorInstallations");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewerSkill_SkillId_Level",
                table: "InterviewerSkill",
                columns: new[] { "SkillId", "Level" });
        }
    }
}
