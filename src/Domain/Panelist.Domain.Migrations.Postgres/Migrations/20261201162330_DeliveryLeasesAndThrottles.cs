using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panelist.Domain.Migrations.Postgres.Migrations
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeasedUntil",
                table: "Deliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "ConnectorInstallations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastErrorAt",
                table: "ConnectorInstallations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxConcurrency",
                table: "ConnectorInstallations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ThrottledUntil",
                table: "ConnectorInstallations",
                type: "timestamp with time zone",
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
