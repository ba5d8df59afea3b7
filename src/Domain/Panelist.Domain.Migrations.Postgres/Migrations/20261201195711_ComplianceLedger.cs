using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ComplianceLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClassificationRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jurisdiction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Test = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FactorsJson = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Classification = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SupersededAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupersededById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassificationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClassificationRecords_Interviewers_InterviewerId",
                        column: x => x.InterviewerId,
                        principalTable: "Interviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FreelanceContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NdaSignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ServicesJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    PaymentDueDays = table.Column<int>(type: "integer", nullable: false),
                    PaymentDateDefaulted = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SupersededAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreelanceContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FreelanceContracts_Interviewers_InterviewerId",
                        column: x => x.InterviewerId,
                        principalTable: "Interviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinimumRateRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Jurisdiction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EffectiveFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EffectiveTo = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinimumRateRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayoutStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PeriodEnd = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    InterviewCount = table.Column<int>(type: "integer", nullable: false),
                    PaymentDueDays = table.Column<int>(type: "integer", nullable: false),
                    FirstCompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaidAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutStatements_Interviewers_InterviewerId",
                        column: x => x.InterviewerId,
                        principalTable: "Interviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayoutLine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutLine_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PayoutLine_PayoutStatements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "PayoutStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClassificationRecords_InterviewerId_Jurisdiction_DecidedAt",
                table: "ClassificationRecords",
                columns: new[] { "InterviewerId", "Jurisdiction", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FreelanceContracts_ExpiresAt",
                table: "FreelanceContracts",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_FreelanceContracts_InterviewerId_Version",
                table: "FreelanceContracts",
                columns: new[] { "InterviewerId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MinimumRateRules_Jurisdiction_Unit_Currency_EffectiveFrom",
                table: "MinimumRateRules",
                columns: new[] { "Jurisdiction", "Unit", "Currency", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLine_InterviewId",
                table: "PayoutLine",
                column: "InterviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLine_StatementId",
                table: "PayoutLine",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutStatements_InterviewerId_PeriodStart_Currency",
                table: "PayoutStatements",
                columns: new[] { "InterviewerId", "PeriodStart", "Currency" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutStatements_Status_DueAt",
                table: "PayoutStatements",
                columns: new[] { "Status", "DueAt" });

            // Each classification made before the ledger becomes a DECLARED record (no test behind it), keeping the summary.
            migrationBuilder.Sql("""
                INSERT INTO "ClassificationRecords" ("Id", "InterviewerId", "Jurisdiction", "Test", "FactorsJson", "Outcome", "Classification", "Note", "DecidedBy", "DecidedAt", "CreatedAt", "UpdatedAt")
                SELECT "Id", "Id", "ClassificationJurisdiction", 'Declared', '[]', 'NeedsReview', "Classification",
                       'Recorded before the compliance ledger, without a test.', 'SYSTEM:migration', "UpdatedAt", "UpdatedAt", "UpdatedAt"
                FROM "Interviewers"
                WHERE "Classification" IS NOT NULL AND "ClassificationJurisdiction" IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClassificationRecords");

            migrationBuilder.DropTable(
                name: "FreelanceContracts");

            migrationBuilder.DropTable(
                name: "MinimumRateRules");

            migrationBuilder.DropTable(
                name: "PayoutLine");

            migrationBuilder.DropTable(
                name: "PayoutStatements");
        }
    }
}
