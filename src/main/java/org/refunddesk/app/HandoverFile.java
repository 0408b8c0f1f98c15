package org.refunddesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.refunddesk.store.ServerAddress;

/**
 * {@code refunddesk.handover} in the data folder: the loopback port of the running app and the token a
 * second launch must present. Only the user can read it (POSIX 0600, or an owner-only ACL on Windows),
 * so only the user's own processes can hand files over. An app on a team server takes no lock on the data folder
 * and publishes its own file, named after the server and login ({@link #forServer}), so a launch for that server
 * finds it and one for this computer's store does not.
 */
final class HandoverFile {
    static final String FILE_NAME = "refunddesk.handover";

    /** The file an app on this team server, logged in as its user, publishes (a name, not the address itself). */
    static String forServer(ServerAddress server) {
        String account = server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
            return "refunddesk-team-" + HexFormat.of().formatHex(digest, 0, 8) + ".handover";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What the running app published. */
    record Entry(int port, String token) {
    }

    private HandoverFile() {
    }

    /** Writes the entry through an owner-only temporary file and a move, so a reader never sees half of it. */
    static void write(Path dataDir, Entry entry) throws IOException {
        write(dataDir, FILE_NAME, entry);
    }

    static void write(Path dataDir, String name, Entry entry) throws IOException {
        Path target = dataDir.resolve(name);
        Path temp = dataDir.resolve(name + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temp);
        createOwnerOnly(temp);
        try {
            Files.writeString(temp, "port=" + entry.port() + "\ntoken=" + entry.token() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The published entry; empty when there is none or it is unreadable (then no app is reachable). */
    static Optional<Entry> read(Path dataDir) {
        return read(dataDir, FILE_NAME);
    }

    static Optional<Entry> read(Path dataDir, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        Integer port = null;
        String token = null;
        for (String line : lines) {
            if (line.startsWith("port=")) {
                try {
                    port = Integer.valueOf(line.substring("port=".length()).trim());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else if (line.startsWith("token=")) {
                token = line.substring("token=".length()).trim();
            }
        }
        if (port == null || port < 1 || port > 65535 || token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(port, token));
    }

    /** Removes the file if it still holds this entry (a newer app may have replaced it). */
    static void deleteIfOurs(Path dataDir, String name, Entry entry) {
        if (read(dataDir, name).filter(entry::equals).isPresent()) {
            try {
                Files.deleteIfExists(dataDir.resolve(name));
            } catch (IOException ignored) {
                // a stale file only makes the next launch try a port nobody answers, then start normally
            }
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            return;
        }
        Files.createFile(file);
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            AclEntry ownerOnly = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(Files.getOwner(file))
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
            acl.setAcl(List.of(ownerOnly));
        }
    }
}
