using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterviewingTimeZone",
                table: "Engagements",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InterviewingToMinute",
                table: "Engagements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "OverriddenRequirements",
                table: "Assignments",
                type: "text[]",
                nullable: false,
                // Existing assignments waived nothing.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "RequirementsOverrideReason",
                table: "Assignments",
                type: "character varying(400)",
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
