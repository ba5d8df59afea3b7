using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MatchingHoursAndRequirementOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InterviewingFromMinute",
                table: "Engagements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterviewingTimeZone",
                table: "Engagements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InterviewingToMinute",
                table: "Engagements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverriddenRequirements",
                table: "Assignments",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "RequirementsOverrideReason",
                table: "Assignments",
                type: "TEXT",
                maxLength: 400,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InterviewingFromMinute",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "InterviewingTimeZone",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "InterviewingToMinute",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "OverriddenRequirements",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "RequirementsOverrideReason",
                table: "Assignments");
        }
    }
}
