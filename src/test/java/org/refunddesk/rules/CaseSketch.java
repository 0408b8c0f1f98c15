package org.refunddesk.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;

/** A readable way to write test cases: a direct phone top-up of 100.00 by Alipay unless told otherwise. */
final class CaseSketch {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    ProblemKind kind = ProblemKind.NOT_DELIVERED;
    ProductType product = ProductType.PHONE_CREDIT;
    DeliveryMode delivery = DeliveryMode.DIRECT_TOPUP;
    PaymentChannel payment = PaymentChannel.ALIPAY;
    PlatformStatus platformStatus = PlatformStatus.OPERATING;
    PlatformModel platformModel;
    BigDecimal amount = new BigDecimal("100.00");
    Instant paidAt = at("2026-03-02T10:00");
    Instant discoveredAt;
    boolean keyExtracted;
    boolean used;
    boolean activated;
    boolean reordered;
    Integer windowHours;
    Boolean feeDisclosed;
    final List<CaseEvent> events = new ArrayList<>();
    final List<RedFlag> flags = new ArrayList<>();

    /** "2026-02-12T09:00" in Asia/Shanghai. */
    static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
    }

    static CaseSketch of(ProblemKind kind) {
        CaseSketch s = new CaseSketch();
        s.kind = kind;
        return s;
    }

    CaseSketch paid(String when) {
        paidAt = at(when);
        return this;
    }

    CaseSketch discovered(String when) {
        discoveredAt = at(when);
        return this;
    }

    CaseSketch amount(String yuan) {
        amount = new BigDecimal(yuan);
        return this;
    }

    CaseSketch product(ProductType p, DeliveryMode d) {
        product = p;
        delivery = d;
        return this;
    }

    CaseSketch payment(PaymentChannel p) {
        payment = p;
        return this;
    }

    CaseSketch platform(PlatformStatus s) {
        platformStatus = s;
        return this;
    }

    CaseSketch model(PlatformModel m) {
        platformModel = m;
        return this;
    }

    CaseSketch used() {
        used = true;
        return this;
    }

    CaseSketch activated() {
        activated = true;
        return this;
    }

    CaseSketch keyExtracted() {
        keyExtracted = true;
        return this;
    }

    CaseSketch reordered() {
        reordered = true;
        return this;
    }

    CaseSketch window(int hours) {
        windowHours = hours;
        return this;
    }

    CaseSketch kind(ProblemKind k) {
        kind = k;
        return this;
    }

    CaseSketch feeDisclosed(Boolean disclosed) {
        feeDisclosed = disclosed;
        return this;
    }

    CaseSketch flag(RedFlag f) {
        flags.add(f);
        return this;
    }

    CaseSketch event(EventType type, String when) {
        events.add(CaseEvent.of(type, at(when)));
        return this;
    }

    CaseSketch event(EventType type, String when, Channel channel) {
        events.add(CaseEvent.of(type, at(when), channel));
        return this;
    }

    CaseSketch received(String when, String yuan) {
        events.add(CaseEvent.of(EventType.REFUND_RECEIVED, at(when)).withAmount(yuan == null ? null : new BigDecimal(yuan)));
        return this;
    }

    CaseSketch received(String when, String yuan, Channel channel) {
        events.add(CaseEvent.of(EventType.REFUND_RECEIVED, at(when), channel)
                .withAmount(yuan == null ? null : new BigDecimal(yuan)));
        return this;
    }

    CaseSketch demand(String when, String deadline) {
        events.add(CaseEvent.of(EventType.DEMAND_SENT, at(when)).withDeadlineAt(at(deadline)));
        return this;
    }

    /** Adds an event and a later correction voiding it. */
    CaseSketch voided(EventType type, String when) {
        return voided(type, when, null);
    }

    /** Adds an event on a channel and a later correction voiding it. */
    CaseSketch voided(EventType type, String when, Channel channel) {
        CaseEvent e = CaseEvent.of(type, at(when), channel);
        events.add(e);
        events.add(new CaseEvent(null, EventType.EVENT_VOIDED, at(when).plusSeconds(60), null, null, null, null,
                "entered by mistake", e.id(), null));
        return this;
    }

    RefundCase build() {
        return new RefundCase(null, "test", null, null, null,
                new Platform("测试卡盟", null, platformModel, platformStatus, null),
                new Purchase("ORD-1", product, delivery, amount, paidAt, payment, null, null, null),
                new Problem(kind, discoveredAt, keyExtracted, used, activated, reordered, windowHours, feeDisclosed),
                events, null, flags, null, null, null);
    }
}
