using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationRubrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RubricVersions_Status",
                table: "RubricVersions");

            migrationBuilder.DropIndex(
                name: "IX_Rubrics_Name",
                table: "Rubrics");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "RubricVersions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScaleAnchors",
                table: "RubricVersions",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ScaleLevels",
                table: "RubricVersions",
                type: "integer",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.AddColumn<Guid>(
                name: "CopiedFromVersionId",
                table: "Rubrics",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "Rubrics",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RubricVersions_OrganizationId_Status",
                table: "RubricVersions",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Rubrics_OrganizationId_Name",
                table: "Rubrics",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.AddForeignKey(
                name: "FK_Rubrics_Organizations_OrganizationId",
                table: "Rubrics",
                column: "OrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            foreach (var statement in Panelist.Domain.Persistence.RubricOwnershipMigration.Statements(postgres: true))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Rubrics_Organizations_OrganizationId",
                table: "Rubrics");

            migrationBuilder.DropIndex(
                name: "IX_RubricVersions_OrganizationId_Status",
                table: "RubricVersions");

            migrationBuilder.DropIndex(
                name: "IX_Rubrics_OrganizationId_Name",
                table: "Rubrics");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "RubricVersions");

            migrationBuilder.DropColumn(
                name: "ScaleAnchors",
                table: "RubricVersions");

            migrationBuilder.DropColumn(
                name: "ScaleLevels",
                table: "RubricVersions");

            migrationBuilder.DropColumn(
                name: "CopiedFromVersionId",
                table: "Rubrics");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "Rubrics");

            migrationBuilder.CreateIndex(
                name: "IX_RubricVersions_Status",
                table: "RubricVersions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Rubrics_Name",
                table: "Rubrics",
                column: "Name");
        }
    }
}
