using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AtsInterviewTypeId",
                table: "Engagements",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AtsStageId",
                table: "Engagements",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CircuitOpenUntil",
                table: "ConnectorInstallations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailuresInARow",
                table: "ConnectorInstallations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
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
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientRateWindows", x => x.ClientKey);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationSequences",
                columns: table => new
                {
                    Subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false)
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
