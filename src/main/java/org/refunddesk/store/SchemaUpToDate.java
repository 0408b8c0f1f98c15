package org.refunddesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Whether the schema history already holds exactly this build's migrations, each with the checksum Flyway gives its
 * script: then opening a store skips Flyway (issue 14: its class loading, scan, parse and validation were a share of
 * every short command such as {@code due}). Anything else — a script added, changed or missing on either side, a
 * failed or non-SQL history row, scripts that cannot be listed — answers false, and Flyway migrates and validates as
 * before.
 */
final class SchemaUpToDate {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final String CLASSPATH = "classpath:";
    private static final java.util.Set<String> MARKERS = java.util.Set.of("TABLE", "SCHEMA");

    private SchemaUpToDate() {
    }

    /** One versioned script of this build: its version as Flyway writes it, file name, Flyway checksum. */
    record Script(String version, String name, int checksum) {
    }

    static boolean check(Connection c, Dialect dialect) {
        List<Script> scripts = scripts(dialect);
        if (scripts == null || scripts.isEmpty()) {
            return false;
        }
        Map<String, Script> expected = new HashMap<>();
        for (Script s : scripts) {
            if (expected.put(s.version(), s) != null) {
                return false; // two scripts of one version: Flyway's error to report
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT \"version\", \"script\", \"checksum\", \"success\", \"type\""
                + " FROM \"flyway_schema_history\"");
             ResultSet rs = ps.executeQuery()) {
            int matched = 0;
            while (rs.next()) {
                if (rs.getString(1) == null && MARKERS.contains(rs.getString(5))) {
                    continue; // Flyway's note that it created its history table (or the schema): no migration
                }
                Script s = expected.get(rs.getString(1));
                Object checksum = rs.getObject(3);
                if (s == null || !s.name().equals(rs.getString(2)) || !rs.getBoolean(4) || !"SQL".equals(rs.getString(5))
                        || checksum == null || ((Number) checksum).intValue() != s.checksum()) {
                    return false;
                }
                matched++;
            }
            return matched == expected.size();
        } catch (SQLException | RuntimeException e) {
            return false; // no history yet (a new store), or not readable: Flyway decides
        }
    }

    /** This build's versioned scripts in the engine's locations; null when a location cannot be listed. */
    static List<Script> scripts(Dialect dialect) {
        List<Script> all = new ArrayList<>();
        ClassLoader loader = Database.class.getClassLoader();
        for (String location : dialect.migrationLocations()) {
            if (!location.startsWith(CLASSPATH)) {
                return null;
            }
            String folder = location.substring(CLASSPATH.length());
            List<String> names = names(loader, folder);
            if (names == null) {
                return null;
            }
            for (String name : names) {
                Matcher m = VERSIONED.matcher(name);
                if (!m.matches()) {
                    return null; // a repeatable or otherwise named script: leave it to Flyway
                }
                try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
                    if (in == null) {
                        return null;
                    }
                    all.add(new Script(m.group(1).replace('_', '.'), name, checksum(in)));
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return all;
    }

    /** The file names of the scripts in a class-path folder (a directory or a jar); null when it cannot be listed. */
    private static List<String> names(ClassLoader loader, String folder) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> found = loader.getResources(folder);
            if (!found.hasMoreElements()) {
                return null;
            }
            while (found.hasMoreElements()) {
                URL url = found.nextElement();
                if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).forEach(names::add);
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    String prefix = folder + "/";
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                            String entry = entries.nextElement().getName();
                            if (entry.startsWith(prefix) && entry.endsWith(".sql") && entry.indexOf('/', prefix.length()) < 0) {
                                names.add(entry.substring(prefix.length()));
                            }
                        }
                    }
                } else {
                    return null;
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return names;
    }

    /**
     * Flyway's checksum of a script: CRC-32 over the UTF-8 bytes of each line without its line break, a byte-order
     * mark dropped from the first line (a build whose Flyway computes it otherwise only loses the shortcut:
     * SchemaUpToDateTest compares this with what Flyway stored).
     */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            do {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            } while ((line = reader.readLine()) != null);
        }
        return (int) crc.getValue();
    }

    static boolean check(javax.sql.DataSource pool, Dialect dialect) {
        try (Connection c = pool.getConnection()) {
            return check(c, dialect);
        } catch (SQLException e) {
            return false;
        }
    }
}
