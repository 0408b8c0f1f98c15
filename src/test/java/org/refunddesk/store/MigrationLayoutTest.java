package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations live in per-engine folders (issue 16): h2/ (V1..V13 exactly as before the move, so existing stores
 * still validate), postgresql/ (the same schema in PostgreSQL's SQL) and common/ (scripts both accept).
 */
class MigrationLayoutTest {
    private static final Path ROOT = root();

    @Test
    void noScriptSitsInTheOldFolderWhereNoEngineWouldReadIt() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            assertThat(files.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString).toList())
                    .as("a migration put in db/migration itself runs on no engine: move it to h2+postgresql or common")
                    .isEmpty();
        }
    }

    @Test
    void bothEnginesHaveTheSameVersionsAndNoVersionIsBothVendorAndCommon() throws IOException {
        Set<String> h2 = versions("h2");
        Set<String> postgresql = versions("postgresql");
        Set<String> common = versions("common");

        assertThat(h2).isEqualTo(postgresql);
        assertThat(common).doesNotContainAnyElementsOf(h2);
    }

    /** A store migrated to V13 from the old single folder (same file names and contents) opens and migrates on. */
    @Test
    void aStoreMadeWithTheOldFolderLayoutValidatesAndMigrates(@TempDir Path dir) throws IOException {
        Path oldLayout = dir.resolve("old/db/migration");
        Files.createDirectories(oldLayout);
        try (Stream<Path> files = Files.list(ROOT.resolve("h2"))) {
            for (Path f : files.filter(f -> version(f) <= 13).toList()) {
                Files.copy(f, oldLayout.resolve(f.getFileName()));
            }
        }
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        JdbcConnectionPool pool = H2File.pool(data, null);
        try {
            Flyway.configure().dataSource(pool).locations("filesystem:" + oldLayout).load().migrate();
        } finally {
            pool.dispose();
        }

        try (Database db = Database.open(data, Clock.systemUTC())) {
            List<MigrationInfo> applied = List.of(Migrations.flyway(db.pool(), Dialect.H2).info().applied());
            assertThat(applied).extracting(m -> m.getVersion().getVersion()).contains("13", "14", "18");
            Migrations.flyway(db.pool(), Dialect.H2).validate();
        }
    }

    private static Set<String> versions(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            return files.map(f -> String.valueOf(version(f))).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static int version(Path f) {
        String name = f.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static Path root() {
        try {
            return Path.of(MigrationLayoutTest.class.getResource("/org/refunddesk/store/db/migration").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
