package org.refunddesk.store;

import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/** The schema: Flyway with the engine's migration folders (common scripts plus the engine's own). */
final class Migrations {
    // Should Flyway ever log through JUL, it reports each migration at INFO; on the command line that would break
    // "one line on stderr". Held in a field: JUL keeps loggers only weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Migrations() {
    }

    /** @return whether Flyway ran (it may have written the schema and its history) */
    static boolean migrate(DataSource pool, Dialect dialect) {
        if (dialect == Dialect.H2 && SchemaUpToDate.check(pool, dialect)) {
            return false; // the history holds exactly this build's scripts: nothing to migrate or validate
        }
        try {
            flyway(pool, dialect).migrate();
            return true;
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the database: " + e.getMessage(), e);
        }
    }

    /** How many migrations the database lacks (a team server not yet brought up to date by its owner). */
    static int pending(DataSource pool, Dialect dialect) {
        try {
            return flyway(pool, dialect).info().pending().length;
        } catch (FlywayException e) {
            throw new StoreException("cannot read the schema version of the database: " + e.getMessage(), e);
        }
    }

    /** The latest migration applied, "V" and its number. */
    static String currentVersion(DataSource pool, Dialect dialect) {
        try {
            MigrationInfo current = flyway(pool, dialect).info().current();
            return current == null ? "V0" : "V" + current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StoreException("cannot read the schema version of the database: " + e.getMessage(), e);
        }
    }

    static Flyway flyway(DataSource pool, Dialect dialect) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .load();
    }
}
