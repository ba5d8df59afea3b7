using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CandidatesAsDataSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Candidate_AtsCandidateId",
                table: "Interviews",
                newName: "AtsCandidateId");

            migrationBuilder.RenameColumn(
                name: "Candidate_AtsApplicationId",
                table: "Interviews",
                newName: "AtsApplicationId");

            migrationBuilder.AddColumn<int>(
                name: "CandidateRetentionMonths",
                table: "Organizations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CandidateId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CandidateImports",
                columns: table => new
                {
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    AtsCandidateId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateImports", x => x.InterviewId);
                });

            // The plain-text candidate of each interview moves to a staging table; the master key is not in the database, so the
            // API's start-up (CandidateImport) encrypts these rows into candidates and deletes them.
            migrationBuilder.Sql("""
                INSERT INTO "CandidateImports" ("InterviewId", "OrganizationId", "Name", "Email", "AtsCandidateId")
                SELECT "Id", "OrganizationId", "Candidate_Name", "Candidate_Email", "AtsCandidateId" FROM "Interviews"
                """);

            migrationBuilder.DropColumn(
                name: "Candidate_Email",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "Candidate_Name",
                table: "Interviews");

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmailLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NameCiphertext = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: true),
                    EmailCiphertext = table.Column<string>(type: "TEXT", maxLength: 1800, nullable: true),
                    AtsCandidateId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ErasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateKeys",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateKeys", x => x.CandidateId);
                    table.ForeignKey(
                        name: "FK_CandidateKeys_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ErasureReceipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Processor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InstallationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasureReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ErasureReceipts_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PlacedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleasedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalHolds_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalHolds_Engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "Engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "Organizations",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000000000001"),
                column: "CandidateRetentionMonths",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_CandidateId",
                table: "Interviews",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_OrganizationId_CreatedAt",
                table: "Candidates",
                columns: new[] { "OrganizationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_OrganizationId_EmailLookup",
                table: "Candidates",
                columns: new[] { "OrganizationId", "EmailLookup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ErasureReceipts_CandidateId",
                table: "ErasureReceipts",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_ErasureReceipts_EventId",
                table: "ErasureReceipts",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_CandidateId",
                table: "LegalHolds",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_EngagementId",
                table: "LegalHolds",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_OrganizationId_CandidateId",
                table: "LegalHolds",
                columns: new[] { "OrganizationId", "CandidateId" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_OrganizationId_EngagementId",
                table: "LegalHolds",
                columns: new[] { "OrganizationId", "EngagementId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Interviews_Candidates_CandidateId",
                table: "Interviews",
                column: "CandidateId",
                principalTable: "Candidates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Interviews stop pointing at candidates first, so dropping the table deletes no referenced row (SQLite checks).
            migrationBuilder.Sql("""UPDATE "Interviews" SET "CandidateId" = NULL""");

            migrationBuilder.DropForeignKey(
                name: "FK_Interviews_Candidates_CandidateId",
                table: "Interviews");

            migrationBuilder.DropTable(
                name: "CandidateImports");

            migrationBuilder.DropTable(
                name: "CandidateKeys");

            migrationBuilder.DropTable(
                name: "ErasureReceipts");

            migrationBuilder.DropTable(
                name: "LegalHolds");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_CandidateId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "CandidateRetentionMonths",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "CandidateId",
                table: "Interviews");

            migrationBuilder.RenameColumn(
                name: "AtsCandidateId",
                table: "Interviews",
                newName: "Candidate_AtsCandidateId");

            migrationBuilder.RenameColumn(
                name: "AtsApplicationId",
                table: "Interviews",
                newName: "Candidate_AtsApplicationId");

            migrationBuilder.AddColumn<string>(
                name: "Candidate_Email",
                table: "Interviews",
                type: "TEXT",
                maxLength: 320,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Candidate_Name",
                table: "Interviews",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");
        }
    }
}
