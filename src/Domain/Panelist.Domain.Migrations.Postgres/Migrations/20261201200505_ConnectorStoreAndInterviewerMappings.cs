using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConnectorStoreAndInterviewerMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RelayAddressPattern",
                table: "ConnectorInstallations",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConnectorState",
                columns: table => new
                {
                    InstallationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProtectedValue = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectorState", x => new { x.InstallationId, x.Key });
                    table.ForeignKey(
                        name: "FK_ConnectorState_ConnectorInstallations_InstallationId",
                        column: x => x.InstallationId,
                        principalTable: "ConnectorInstallations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewerMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstallationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    VendorUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewerMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewerMappings_ConnectorInstallations_InstallationId",
                        column: x => x.InstallationId,
                        principalTable: "ConnectorInstallations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterviewerMappings_Interviewers_InterviewerId",
                        column: x => x.InterviewerId,
                        principalTable: "Interviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorState_OrganizationId",
                table: "ConnectorState",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewerMappings_InstallationId_CreatedAt",
                table: "InterviewerMappings",
                columns: new[] { "InstallationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewerMappings_InstallationId_InterviewerId",
                table: "InterviewerMappings",
                columns: new[] { "InstallationId", "InterviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterviewerMappings_InstallationId_VendorUserId",
                table: "InterviewerMappings",
                columns: new[] { "InstallationId", "VendorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterviewerMappings_InterviewerId",
                table: "InterviewerMappings",
                column: "InterviewerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectorState");

            migrationBuilder.DropTable(
                name: "InterviewerMappings");

            migrationBuilder.DropColumn(
                name: "RelayAddressPattern",
                table: "ConnectorInstallations");
        }
    }
}
