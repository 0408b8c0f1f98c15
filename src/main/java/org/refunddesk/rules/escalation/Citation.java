package org.refunddesk.rules.escalation;

import java.util.Locale;

/** A legal or documentary source, in both languages, as the ladder and letter data write it. */
public record Citation(String zh, String en) {
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }
}
