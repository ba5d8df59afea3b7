using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndexesFromQueryPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InterviewerSkill_SkillId_Level",
                table: "InterviewerSkill");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interviews_EngagementId_RequestedAt_Id",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_InterviewerSkill_SkillId_Level_InterviewerId",
                table: "InterviewerSkill");

            migrationBuilder.DropIndex(
                name: "IX_Interviewers_HourlyRate_Id",
                table: "Interviewers");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewerSkill_SkillId_Level",
                table: "InterviewerSkill",
                columns: new[] { "SkillId", "Level" });
        }
    }
}
