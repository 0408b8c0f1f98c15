package org.refunddesk.rules.evidence;

import org.refunddesk.rules.i18n.Messages;

/** A short text kept in data (the checklist) in both languages; English falls back to Chinese. */
public record LocalText(String zh, String en) {
    public String in(Messages messages) {
        return messages.english() && en != null && !en.isBlank() ? en : zh;
    }
}
