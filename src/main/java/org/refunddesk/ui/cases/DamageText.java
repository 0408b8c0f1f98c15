package org.refunddesk.ui.cases;

import org.refunddesk.rules.i18n.Messages;

/** What the app says about a damaged case wherever it is listed: which case, what is wrong, what to do. */
public final class DamageText {
    private DamageText() {
    }

    /** The damaged case behind a failure (a save or bulk change that had to read it), if that is what it was. */
    public static java.util.Optional<org.refunddesk.store.DamagedCase> causeOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.refunddesk.store.DamagedCaseException damaged && damaged.damaged() != null) {
                return java.util.Optional.of(damaged.damaged());
            }
        }
        return java.util.Optional.empty();
    }

    /** @param problem what the read found wrong (null or empty: not known in this run) */
    public static String of(Messages messages, String title, String problem) {
        String name = title == null || title.isBlank() ? messages.get("damaged.dialog.noTitle") : title;
        String what = problem == null || problem.isBlank() ? messages.get("damaged.dialog.unknownProblem") : problem;
        return messages.get("damaged.dialog.text", name, what);
    }
}
