package org.refunddesk.ui.wizard.eligibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;

/** Page 5: the scam warning signs. Each "yes" is a red flag stored with the case. */
public final class RedFlagAnswers {
    private final Map<RedFlag, BooleanProperty> answers = new EnumMap<>(RedFlag.class);

    RedFlagAnswers() {
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag, new SimpleBooleanProperty());
        }
    }

    public BooleanProperty answer(RedFlag flag) {
        return answers.get(flag);
    }

    void load(RefundCase c) {
        answers.forEach((flag, yes) -> yes.set(c.redFlags().contains(flag)));
    }

    public List<RedFlag> flags() {
        return answers.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }
}
