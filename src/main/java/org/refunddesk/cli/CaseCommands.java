package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;

import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.store.Database;

/** What the case commands share: opening the store, reading ids, turning file problems into bad input. */
final class CaseCommands {
    private CaseCommands() {
    }

    static Database open(CliContext context) {
        return StoreAccess.open(context);
    }

    static UUID caseId(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw BadInputException.of("cli.case.notAnId", text);
    }

    /** Runs a file read; a bad file is bad input, reported in one line naming the file and the JSON path. */
    static <T> T readFile(FileRead<T> read) {
        try {
            return read.run();
        } catch (CaseFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Runs a file write; a missing folder or a forbidden path is bad input, other I/O failures are internal. */
    static void writeFile(Path out, FileWrite write) throws IOException {
        try {
            write.run();
        } catch (NoSuchFileException e) {
            throw BadInputException.of("cli.out.noFolder", String.valueOf(out));
        } catch (AccessDeniedException e) {
            throw BadInputException.of("cli.out.notAllowed", String.valueOf(out));
        }
    }

    @FunctionalInterface
    interface FileRead<T> {
        T run();
    }

    @FunctionalInterface
    interface FileWrite {
        void run() throws IOException;
    }
}
