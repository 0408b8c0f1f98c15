package org.refunddesk.exchange.xlsx;

import java.nio.file.Path;

import org.refunddesk.rules.i18n.Messages;

/**
 * An import file that cannot be read at all (not a workbook, encrypted, truncated, a zip bomb, unsafe XML, a
 * CSV in an unknown encoding). Carries a message key of the importfile bundle, so the user gets one line in
 * words naming the file, never the library's stack trace or its wording.
 */
public final class ImportFileException extends RuntimeException {
    private final String reasonKey;
    private final transient Object[] reasonArgs;

    public ImportFileException(String reasonKey, Throwable cause, Object... reasonArgs) {
        super(reasonKey, cause);
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs.clone();
    }

    public String reasonKey() {
        return reasonKey;
    }

    /** One line: {@code cases.xlsx: the workbook is password-protected; ...}. */
    public String message(Messages messages, Path file) {
        Object[] args = new Object[reasonArgs.length + 1];
        args[0] = file;
        System.arraycopy(reasonArgs, 0, args, 1, reasonArgs.length);
        return messages.get(reasonKey, args).replaceAll("[\\r\\n]+", " ");
    }
}
