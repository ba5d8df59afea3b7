using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SharedRateWindowsAndCircuits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CircuitOpenUntil",
                table: "ConnectorInstallations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailuresInARow",
                table: "ConnectorInstallations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ClientRateWindows",
                columns: table => new
                {
                    ClientKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Used = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientRateWindows", x => x.ClientKey);
                })
                .Annotation("Npgsql:UnloggedTable", true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientRateWindows");

            migrationBuilder.DropColumn(
                name: "CircuitOpenUntil",
                table: "ConnectorInstallations");

            migrationBuilder.DropColumn(
                name: "FailuresInARow",
                table: "ConnectorInstallations");
        }
    }
}
