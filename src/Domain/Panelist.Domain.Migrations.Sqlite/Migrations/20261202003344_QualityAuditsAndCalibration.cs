using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QualityAuditsAndCalibration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditChecklists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PassMark = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChecklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditSamplingPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaseShare = table.Column<long>(type: "INTEGER", nullable: false),
                    NewInterviewerShare = table.Column<long>(type: "INTEGER", nullable: false),
                    NewInterviewerThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    FlaggedShare = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSamplingPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RubricVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewIds = table.Column<string>(type: "TEXT", nullable: false),
                    ParticipantIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationSessions_RubricVersions_RubricVersionId",
                        column: x => x.RubricVersionId,
                        principalTable: "RubricVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecalibrationTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Observations = table.Column<int>(type: "INTEGER", nullable: false),
                    Statistic = table.Column<double>(type: "REAL", nullable: false),
                    Limit = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecalibrationTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InterviewAudits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChecklistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Score = table.Column<long>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewAudits_AuditChecklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "AuditChecklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InterviewAudits_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Ratings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationScores_CalibrationSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CalibrationSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditChecklists_Name_Number",
                table: "AuditChecklists",
                columns: new[] { "Name", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditSamples_OrganizationId_WindowStart_WindowEnd",
                table: "AuditSamples",
                columns: new[] { "OrganizationId", "WindowStart", "WindowEnd" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditSamplingPolicies_OrganizationId",
                table: "AuditSamplingPolicies",
                column: "OrganizationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationScores_InterviewerId_CreatedAt",
                table: "CalibrationScores",
                columns: new[] { "InterviewerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationScores_SessionId_InterviewerId_InterviewId",
                table: "CalibrationScores",
                columns: new[] { "SessionId", "InterviewerId", "InterviewId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationSessions_OrganizationId_RubricVersionId",
                table: "CalibrationSessions",
                columns: new[] { "OrganizationId", "RubricVersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationSessions_RubricVersionId",
                table: "CalibrationSessions",
                column: "RubricVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewAudits_ChecklistId",
                table: "InterviewAudits",
                column: "ChecklistId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewAudits_InterviewId_ChecklistId",
                table: "InterviewAudits",
                columns: new[] { "InterviewId", "ChecklistId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterviewAudits_OrganizationId_InterviewerId_CreatedAt",
                table: "InterviewAudits",
                columns: new[] { "OrganizationId", "InterviewerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecalibrationTasks_OrganizationId_InterviewerId_Status",
                table: "RecalibrationTasks",
                columns: new[] { "OrganizationId", "InterviewerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditSamples");

            migrationBuilder.DropTable(
                name: "AuditSamplingPolicies");

            migrationBuilder.DropTable(
                name: "CalibrationScores");

            migrationBuilder.DropTable(
                name: "InterviewAudits");

            migrationBuilder.DropTable(
                name: "RecalibrationTasks");

            migrationBuilder.DropTable(
                name: "CalibrationSessions");

            migrationBuilder.DropTable(
                name: "AuditChecklists");
        }
    }
}
