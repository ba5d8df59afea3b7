using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecalibrationTaskCompletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CalibrationSessionId",
                table: "RecalibrationTasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CompletedAt",
                table: "RecalibrationTasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompletedBy",
                table: "RecalibrationTasks",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "RecalibrationTasks",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CalibrationSessionId",
                table: "RecalibrationTasks");

            migrationBuilder.DropColumn(
                name: "CompletedAt",
                table: "RecalibrationTasks");

            migrationBuilder.DropColumn(
                name: "CompletedBy",
                table: "RecalibrationTasks");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "RecalibrationTasks");
        }
    }
}
