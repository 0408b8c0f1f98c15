package org.refunddesk.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A passphrase read from a file (UTF-8; one trailing line break dropped), so it never appears on a command
 * line where other users of the machine and the shell history would see it.
 */
public final class PassphraseFile {
    /** Shortest new passphrase accepted: below that a guess is quick whatever the key derivation costs. */
    public static final int MIN_NEW_LENGTH = 8;
    /** The environment variable naming the passphrase file when {@code --passphrase-file} is not given. */
    public static final String ENV_VARIABLE = "REFUNDDESK_PASSPHRASE_FILE";

    private PassphraseFile() {
    }

    public static char[] read(Path file, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("cli.file.noneFor", option, String.valueOf(file));
        } catch (IOException e) {
            throw BadInputException.of("cli.file.cannotRead", option, String.valueOf(file), String.valueOf(e.getMessage()));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            if (end > 0 && chars.get(end - 1) == '\n') {
                end--;
                if (end > 0 && chars.get(end - 1) == '\r') {
                    end--;
                }
            }
            char[] secret = new char[end];
            chars.get(secret, 0, end);
            Arrays.fill(chars.array(), '\0');
            if (secret.length == 0) {
                throw BadInputException.of("cli.passphrase.empty", option, String.valueOf(file));
            }
            return secret;
        } catch (CharacterCodingException e) {
            throw BadInputException.of("cli.passphrase.notUtf8", option, String.valueOf(file));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A passphrase to encrypt with: long enough to resist guessing. */
    public static char[] readNew(Path file, String option) {
        char[] secret = read(file, option);
        if (secret.length < MIN_NEW_LENGTH) {
            Arrays.fill(secret, '\0');
            throw BadInputException.of("cli.passphrase.short", option, String.valueOf(MIN_NEW_LENGTH));
        }
        return secret;
    }
}
