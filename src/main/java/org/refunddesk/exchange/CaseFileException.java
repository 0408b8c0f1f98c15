package org.refunddesk.exchange;

/**
 * A case or backup file is unusable. The message is one line that names where: the JSON path
 * ({@code purchase.amount: "12,5" is not an amount}), or the line and column of broken JSON.
 */
public class CaseFileException extends RuntimeException {
    private final String jsonPath;

    public CaseFileException(String jsonPath, String problem) {
        super(jsonPath == null || jsonPath.isEmpty() ? problem : jsonPath + ": " + problem);
        this.jsonPath = jsonPath;
    }

    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
        this.jsonPath = null;
    }

    private CaseFileException(String message, String jsonPath, Throwable cause) {
        super(message, cause);
        this.jsonPath = jsonPath;
    }

    /** The same problem, with the file it is in in front: {@code case.json: purchase.amount: ...}. */
    CaseFileException inFile(Object file) {
        return new CaseFileException(file + ": " + getMessage(), jsonPath, getCause() == null ? this : getCause());
    }

    /** Where in the JSON the problem is ({@code events[2].type}); null for broken JSON or unreadable files. */
    public String jsonPath() {
        return jsonPath;
    }
}
