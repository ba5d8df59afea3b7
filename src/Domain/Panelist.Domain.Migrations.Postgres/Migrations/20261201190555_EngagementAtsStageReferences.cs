using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EngagementAtsStageReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AtsHiringPlanInterviewId",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "AtsInterviewTypeId",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "AtsStageId",
                table: "Engagements");
        }
    }
}
