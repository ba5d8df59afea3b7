using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailuresInARow",
                table: "ConnectorInstallations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ClientRateWindows",
                columns: table => new
                {
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientRateWindows", x => x.ClientKey);
                });
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
