package org.refunddesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a second JVM by the lock tests: holds a data folder open until its stdin closes.
 * {@code database DIR} opens it the RefundDesk way; {@code h2 DIR} opens only the H2 file, bypassing our lock file.
 */
public final class HoldDataFolder {
    private HoldDataFolder() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args.length > 2) {
            Database.describeThisProcess(args[2]);
        }
        if ("h2".equals(args[0])) {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.DB_NAME),
                    "refunddesk", "")) {
                holdUntilStdinCloses();
            }
        } else {
            try (Database db = Database.open(dir)) {
                holdUntilStdinCloses();
            }
        }
    }

    private static void holdUntilStdinCloses() throws Exception {
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() != -1) {
            // wait
        }
    }
}
