package org.refunddesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.dialog.FileType;

/** The real dialogs, except that file choosers (which a headless screen cannot show) answer with a file. */
final class AnsweringFiles implements DialogService {
    static volatile Path next;
    private final DialogService real;
    private final Path openFile;

    AnsweringFiles(DialogService real, Path openFile) {
        this.real = real;
        this.openFile = openFile;
    }

    private Optional<Path> answer(Supplier<Path> otherwise) {
        Path given = next;
        next = null;
        return Optional.of(given != null ? given : otherwise.get());
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public void info(String title, String message) {
        real.info(title, message);
    }

    @Override
    public void error(String title, String message) {
        real.error(title, message);
    }

    @Override
    public Optional<Path> showFileOpen(String title, FileType type) {
        return answer(() -> openFile);
    }

    @Override
    public Optional<Path> showFileSave(String title, String suggestedName, FileType type) {
        return answer(() -> openFile.resolveSibling(suggestedName));
    }

    @Override
    public void notify(String message) {
        real.notify(message);
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> choices) {
        return real.choose(title, message, choices);
    }
}
