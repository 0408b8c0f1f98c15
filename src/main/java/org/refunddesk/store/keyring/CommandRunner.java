package org.refunddesk.store.keyring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a keyring tool; tests replace it to see the exact command and input. */
@FunctionalInterface
public interface CommandRunner {
    record Result(int exitCode, String output, String error) {
    }

    /** Runs {@code command} with {@code input} on its standard input (secrets go there, never in arguments). */
    Result run(List<String> command, String input) throws IOException;

    /** The real thing, with a 20 s limit (a keyring waiting for an unlock prompt must not hang the app). */
    static CommandRunner system() {
        return (command, input) -> {
            Process process = new ProcessBuilder(command).start();
            try (OutputStream in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
            errReader.setDaemon(true);
            errReader.start();
            copy(process.getInputStream(), out);
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException(command.get(0) + " did not answer within 20 s");
                }
                errReader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IOException("interrupted", e);
            }
            return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        };
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException e) {
            // the process ended; what was read is what there is
        }
    }
}
