package org.refunddesk.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.dialog.FileType;

/** A {@link DialogService} that answers from a script and records what it was asked, for view-model tests. */
public final class ScriptedDialogService implements DialogService {
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();

    public ScriptedDialogService answerConfirm(boolean answer) {
        confirmAnswers.add(answer);
        return this;
    }

    public ScriptedDialogService answerFile(Path file) {
        fileAnswers.add(Optional.ofNullable(file));
        return this;
    }

    public List<Shown> shown() {
        return shown;
    }

    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("unexpected question: " + message);
        }
        return confirmAnswers.remove();
    }

    @Override
    public void info(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public void error(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public Optional<Path> showFileOpen(String title, FileType type) {
        shown.add(new Shown("open", title, type.description()));
        return nextFile();
    }

    @Override
    public Optional<Path> showFileSave(String title, String suggestedName, FileType type) {
        shown.add(new Shown("save", title, suggestedName));
        return nextFile();
    }

    @Override
    public void notify(String message) {
        shown.add(new Shown("notify", "", message));
    }

    private Optional<Path> nextFile() {
        if (fileAnswers.isEmpty()) {
            throw new AssertionError("unexpected file dialog");
        }
        return fileAnswers.remove();
    }
}
