package org.refunddesk.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.refunddesk.cli.BadInputException;

/**
 * A bare file path instead of a command, as a double-click on a case file or backup passes it:
 * {@code RefundDesk /home/me/淘宝话费.refundcase.json}. Such a launch opens the desktop app with the file.
 */
final class OpenFileArgument {
    static final String CASE_FILE_SUFFIX = ".refundcase.json";
    static final String BACKUP_SUFFIX = ".rdbackup";

    private OpenFileArgument() {
    }

    /**
     * The file to open when the command is one argument that is no command name and names a case file or
     * backup (our suffixes, or any existing {@code .json} file: case files exported before the suffix).
     * Empty when it is a command. A missing file with our suffix is bad input, named.
     */
    static Optional<Path> find(List<String> command, Predicate<String> isCommand) {
        if (command.size() != 1 || isCommand.test(command.get(0)) || command.get(0).startsWith("-")) {
            return Optional.empty();
        }
        String arg = command.get(0);
        Path file;
        try {
            file = arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return Optional.empty();
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean ours = name.endsWith(CASE_FILE_SUFFIX) || name.endsWith(BACKUP_SUFFIX);
        boolean existing = Files.isRegularFile(file);
        if (ours && !existing) {
            throw BadInputException.of("cli.file.none", arg);
        }
        if (ours || existing && name.endsWith(".json")) {
            return Optional.of(file.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    static boolean isBackup(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(BACKUP_SUFFIX);
    }
}
