package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a store skips Flyway only when the schema history holds exactly this build's scripts with Flyway's own
 * checksums (issue 14); a changed, missing or unknown migration still goes through Flyway's validation.
 */
class SchemaUpToDateTest {
    @TempDir
    Path dir;

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.DB_NAME), "refunddesk", "");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private boolean upToDate() throws SQLException {
        try (Connection c = connect()) {
            return SchemaUpToDate.check(c, Dialect.H2);
        }
    }

    @Test
    void aStoreMigratedByFlywayIsUpToDateWithEveryScriptsChecksumAsFlywayStoredIt() throws Exception {
        Database.open(dir).close();

        assertThat(SchemaUpToDate.scripts(Dialect.H2)).extracting(SchemaUpToDate.Script::name)
                .contains("V1__cases.sql", "V26__summary_home.sql", "V23__summary_freshness.sql");
        assertThat(upToDate()).isTrue();
        // and it opens again (through the shortcut) with its data usable
        try (Database db = Database.open(dir)) {
            assertThat(db.cases().count()).isZero();
        }
    }

    @Test
    void aChangedMigrationIsStillValidatedByFlyway() throws Exception {
        Database.open(dir).close();
        sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '26'");

        assertThat(upToDate()).isFalse();
        assertThatThrownBy(() -> Database.open(dir).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void aMigrationMissingFromTheHistoryOrUnknownToThisBuildIsLeftToFlyway() throws Exception {
        Database.open(dir).close();
        sql("INSERT INTO \"flyway_schema_history\" SELECT 99, '99', 'from a newer build', 'SQL', 'V99__newer.sql', 1,"
                + " \"installed_by\", \"installed_on\", 0, TRUE FROM \"flyway_schema_history\" WHERE \"version\" = '1'");
        assertThat(upToDate()).as("a history row this build has no script for").isFalse();

        sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('99', '26')");
        assertThat(upToDate()).as("a script of this build not in the history").isFalse();

        sql("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '25' OR \"version\" = '23'");
        assertThat(upToDate()).isFalse();
    }
}
