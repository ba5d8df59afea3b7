namespace Panelist.Domain.Persistence;

/// <summary>
/// The data step of the migration that gave rubrics an owner, written once for both providers. A rubric
/// used (by engagements, scorecards or calibration sessions) in one organization moves to it; an unused
/// one becomes a platform template; one used in several stays with the first organization (by id) and
/// every other gets a copy with the same versions, to which its rows are re-pointed, and the interviewers'
/// certifications on the original are copied to it, so nobody loses work they were cleared for.
/// Published content is copied byte for byte: a copied version says exactly what the original said.
/// </summary>
public static class RubricOwnershipMigration
{
    public static IReadOnlyList<string> Statements(bool postgres)
    {
        var newId = postgres
            ? "gen_random_uuid()"
            : "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";
        // The 1–4 scale of RubricScale.Default as it stood when this migration was written (frozen here: a migration never changes).
        const string anchors = """[{"Description":"Well below the bar","Label":"1"},{"Description":"Below the bar","Label":"2"},"""
            + """{"Description":"Meets the bar","Label":"3"},{"Description":"Above the bar","Label":"4"}]""";
        string Repoint(string table) => $"""
            UPDATE "{table}" SET "RubricVersionId" = (SELECT vs."NewId" FROM "_RubricVersionSplit" vs
                WHERE vs."OldId" = "{table}"."RubricVersionId" AND vs."OrganizationId" = "{table}"."OrganizationId")
            WHERE EXISTS (SELECT 1 FROM "_RubricVersionSplit" vs WHERE vs."OldId" = "{table}"."RubricVersionId" AND vs."OrganizationId" = "{table}"."OrganizationId")
            """;
        return
        [
            $"""UPDATE "RubricVersions" SET "ScaleAnchors" = '{anchors}' WHERE "ScaleAnchors" IS NULL""",
            """
            CREATE TEMP TABLE "_RubricUse" AS
            SELECT DISTINCT v."RubricId" AS "RubricId", u."OrganizationId" AS "OrganizationId"
            FROM (SELECT "RubricVersionId", "OrganizationId" FROM "Engagements"
                  UNION SELECT "RubricVersionId", "OrganizationId" FROM "Scorecards"
                  UNION SELECT "RubricVersionId", "OrganizationId" FROM "CalibrationSessions") u
            JOIN "RubricVersions" v ON v."Id" = u."RubricVersionId"
            """,
            """
            UPDATE "Rubrics" SET "OrganizationId" =
                (SELECT u."OrganizationId" FROM "_RubricUse" u WHERE u."RubricId" = "Rubrics"."Id" ORDER BY u."OrganizationId" LIMIT 1)
            """,
            $"""
            CREATE TEMP TABLE "_RubricSplit" AS
            SELECT u."RubricId" AS "OldId", u."OrganizationId" AS "OrganizationId", {newId} AS "NewId"
            FROM "_RubricUse" u JOIN "Rubrics" r ON r."Id" = u."RubricId"
            WHERE u."OrganizationId" <> r."OrganizationId"
            """,
            $"""
            CREATE TEMP TABLE "_RubricVersionSplit" AS
            SELECT v."Id" AS "OldId", s."OrganizationId" AS "OrganizationId", s."NewId" AS "NewRubricId", {newId} AS "NewId"
            FROM "RubricVersions" v JOIN "_RubricSplit" s ON s."OldId" = v."RubricId"
            """,
            """
            INSERT INTO "Rubrics" ("Id", "Name", "RoleFamily", "Description", "CreatedAt", "UpdatedAt", "OrganizationId", "CopiedFromVersionId")
            SELECT s."NewId", r."Name", r."RoleFamily", r."Description", r."CreatedAt", r."UpdatedAt", s."OrganizationId", NULL
            FROM "_RubricSplit" s JOIN "Rubrics" r ON r."Id" = s."OldId"
            """,
            """
            INSERT INTO "RubricVersions" ("Id", "RubricId", "Number", "Status", "PassThreshold", "PublishedAt", "Criteria", "CreatedAt", "UpdatedAt",
                "OrganizationId", "ScaleLevels", "ScaleAnchors")
            SELECT vs."NewId", vs."NewRubricId", v."Number", v."Status", v."PassThreshold", v."PublishedAt", v."Criteria", v."CreatedAt", v."UpdatedAt",
                vs."OrganizationId", v."ScaleLevels", v."ScaleAnchors"
            FROM "_RubricVersionSplit" vs JOIN "RubricVersions" v ON v."Id" = vs."OldId"
            """,
            Repoint("Engagements"),
            Repoint("Scorecards"),
            Repoint("CalibrationSessions"),
            $"""
            INSERT INTO "Certification" ("Id", "InterviewerId", "RubricId", "CertifiedAt", "ExpiresAt")
            SELECT {newId}, c."InterviewerId", s."NewId", c."CertifiedAt", c."ExpiresAt"
            FROM "Certification" c JOIN "_RubricSplit" s ON s."OldId" = c."RubricId"
            """,
            """UPDATE "RubricVersions" SET "OrganizationId" = (SELECT r."OrganizationId" FROM "Rubrics" r WHERE r."Id" = "RubricVersions"."RubricId")""",
            """DROP TABLE "_RubricVersionSplit" """,
            """DROP TABLE "_RubricSplit" """,
            """DROP TABLE "_RubricUse" """,
        ];
    }
}
