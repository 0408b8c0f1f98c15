package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;

class CaseEventFormViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-02T04:07:31Z");
    private final CaseEventFormViewModel form = new CaseEventFormViewModel(Messages.forTag("zh"), new MutableClock(NOW));

    @Test
    void theTimeDefaultsToNowToTheMinute() {
        assertThat(form.at().instant()).contains(Instant.parse("2026-03-02T04:07:00Z"));
        assertThat(form.invalid().get()).isTrue();
        assertThat(form.typeError().get()).isNotEmpty();
    }

    @Test
    void aRefundApplicationKeepsItsRefundNumber() {
        form.typeProperty().set(EventType.REFUND_APPLIED);
        form.refProperty().set(" TK-77 ");
        CaseEvent e = form.toEvent();
        assertThat(e.type()).isEqualTo(EventType.REFUND_APPLIED);
        assertThat(e.ref()).isEqualTo("TK-77");
        assertThat(e.amount()).isNull();
    }

    @Test
    void aRefundReceivedTakesAnOptionalAmountThatMustBeAnAmount() {
        form.typeProperty().set(EventType.REFUND_RECEIVED);
        form.amountProperty().set("12,5");
        assertThat(form.amountError().get()).contains("金额格式不对");
        form.amountProperty().set("12.5");
        assertThat(form.toEvent().amount()).isEqualByComparingTo(new BigDecimal("12.50"));
    }

    @Test
    void complaintsNeedTheirChannel() {
        form.typeProperty().set(EventType.COMPLAINT_FILED);
        assertThat(form.channelError().get()).isNotEmpty();
        form.channelProperty().set(Channel.REGULATOR_12315);
        assertThat(form.toEvent().channel()).isEqualTo(Channel.REGULATOR_12315);
    }

    @Test
    void aDemandDeadlineMustComeAfterTheLetter() {
        form.typeProperty().set(EventType.DEMAND_SENT);
        form.deadline().dateProperty().set(LocalDate.of(2026, 3, 1));
        form.deadline().timeProperty().set("12:00");
        assertThat(form.deadlineError().get()).contains("晚于");
        form.deadline().dateProperty().set(LocalDate.of(2026, 3, 9));
        assertThat(form.toEvent().deadlineAt()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
    }

    @Test
    void anEventInTheFutureIsRefused() {
        form.typeProperty().set(EventType.SUPPLEMENT_SENT);
        form.at().dateProperty().set(LocalDate.of(2026, 3, 3));
        assertThat(form.atError().get()).contains("还没到");
        assertThat(form.invalid().get()).isTrue();
    }
}
