package org.refunddesk.rules;

import java.util.Objects;

/** A rule-book text in Chinese and English, its templates parsed once. */
public final class LocalizedText {
    private final String zh;
    private final String en;
    private final Template zhTemplate;
    private final Template enTemplate;

    public LocalizedText(String zh, String en) {
        this.zh = Objects.requireNonNull(zh);
        this.en = Objects.requireNonNull(en);
        this.zhTemplate = Template.parse(zh);
        this.enTemplate = Template.parse(en);
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String in(boolean english) {
        return english ? en : zh;
    }

    public Template template(boolean english) {
        return english ? enTemplate : zhTemplate;
    }
}
