using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryLeasesAndThrottles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Deliveries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeasedUntil",
                table: "Deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "ConnectorInstallations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastErrorAt",
                table: "ConnectorInstallations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxConcurrency",
                table: "ConnectorInstallations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ThrottledUntil",
                table: "ConnectorInstallations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "LeasedUntil",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "ConnectorInstallations");

            migrationBuilder.DropColumn(
                name: "LastErrorAt",
                table: "ConnectorInstallations");

            migrationBuilder.DropColumn(
                name: "MaxConcurrency",
                table: "ConnectorInstallations");

            migrationBuilder.DropColumn(
                name: "ThrottledUntil",
                table: "ConnectorInstallations");
        }
    }
}
