package org.refunddesk.rules.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consumer;
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
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.escalation.ChannelFit;
import org.refunddesk.rules.escalation.DeadlineSource;
import org.refunddesk.rules.escalation.LadderBook;
import org.refunddesk.rules.escalation.RuleBookClaims;
import org.refunddesk.rules.i18n.Messages;

/**
 * Every channel x problem kind x state-flag combination (activated, used, extracted, reordered,
 * delivered), with and without a demand, in both languages: each drafted sentence is traceable to the
 * fact sheet (its facts present, its conditions true), what the text says about the flags matches
 * them, nothing claims a demand the file does not hold, no internal reference or raw id appears, and a
 * public post shows no full personal number.
 */
class LetterTruthTest {
    private static final Instant PAID = Instant.parse("2026-09-15T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-10-10T02:00:00Z");
    private static final String PHONE = "13812345678";
    private static final String ORDER = "KM20260915001";
    private static final String TRANSACTION = "2026091522001400";
    private static final String ACCOUNT = "13987654321";
    private static final String DEMAND_AT = "2026-09-20 10:00";
    private static final String DEMAND_DEADLINE = "2026-09-28 00:00";
    private static final Pattern RAW_ID = Pattern.compile("[A-Z]+_[A-Z_]+");
    private static final Pattern INTERNAL = Pattern.compile("(?i)维权指南|材料\\s*0\\d\\d|seed\\s*0\\d\\d|consumer guide|![a-z]+\\.|[{}]");

    private final RuleBookClaims claims = new RuleBookClaims(RuleBooks.builtIn(), WorkingDayCalendars.bundled());
    private final LetterDrafter drafter = new LetterDrafter(LadderBook.standard(), new LetterResources(),
            (start, days) -> new DeadlineDateCalculator.DueDate(LocalDate.of(2026, 10, 19), false), claims,
            new ChannelFit(claims, DeadlineSource.NONE));

    /** A flag's wording in the drafts: phrases that say it is true, and phrases that say it is false. */
    private record Wording(Fact flag, List<String> whenTrue, List<String> whenFalse) {
    }

    private static final List<Wording> WORDING = List.of(
            new Wording(Fact.ACTIVATED, List.of("已激活", "has been activated"), List.of("未激活", "not been activated", "not activated")),
            new Wording(Fact.USED, List.of("已使用", "has been used"), List.of("未使用", "not been used", "unused")),
            new Wording(Fact.EXTRACTED, List.of("已提取卡密", "卡密已提取", "extracted the card key", "has been extracted"),
                    List.of("未提取", "not been extracted", "not extracted")),
            new Wording(Fact.DELIVERED, List.of("显示已交付", "shows it as delivered"), List.of("至今未到账", "have not arrived")));

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (ProblemKind kind : ProblemKind.values()) {
                all.add(Arguments.of(channel, kind));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void everySentenceIsBackedByTheCaseFile(Channel channel, ProblemKind kind) {
        for (int flags = 0; flags < 32; flags++) {
            for (boolean demand : new boolean[] {false, true}) {
                check(channel, kind, flags, demand);
            }
        }
    }

    private void check(Channel channel, ProblemKind kind, int flags, boolean demand) {
        {
            RefundCase c = caseOf(kind, flags, demand);
            for (Locale locale : List.of(Messages.CHINESE, Messages.ENGLISH)) {
                LetterRequest request = new LetterRequest(channel, locale, NOW, 7, null,
                        (flags & 1) == 0 ? List.of("01-购买凭证-订单截图.png") : null);
                LetterDrafter.Traced traced = drafter.traced(c, request);
                FactSheet sheet = traced.facts();
                Letter letter = traced.letter();
                String what = channel + " " + kind + " flags=" + flags + " demand=" + demand + " " + locale;
                traceable(letter, sheet, what);
                wordingMatchesFlags(letter, sheet, what);
                noInternalReference(letter, what);
                demandOnlyFromTheFile(letter, channel, demand, what);
                if (channel == Channel.COMPLAINT_SITE) {
                    assertThat(letter.text()).as(what).doesNotContain(PHONE, ORDER, TRANSACTION, ACCOUNT, "张三", "上海市");
                }
            }
        }
    }

    private static void traceable(Letter letter, FactSheet sheet, String what) {
        assertThat(letter.sentences()).as(what).isNotEmpty();
        for (DraftSentence s : letter.sentences()) {
            s.facts().forEach(f -> assertThat(sheet.has(f)).as(what + ": \"" + s.text() + "\" states " + f).isTrue());
            s.blanks().forEach(f -> assertThat(sheet.has(f)).as(what + ": blank for a known " + f).isFalse());
            s.conditions().forEach((f, wanted) -> assertThat(sheet.holds(f, wanted))
                    .as(what + ": \"" + s.text() + "\" needs " + (wanted ? "" : "!") + f).isTrue());
        }
    }

    private static void wordingMatchesFlags(Letter letter, FactSheet sheet, String what) {
        for (DraftSentence s : letter.sentences()) {
            for (Wording w : WORDING) {
                boolean saysFalse = w.whenFalse().stream().anyMatch(s.text()::contains);
                boolean saysTrue = !saysFalse && w.whenTrue().stream().anyMatch(s.text()::contains);
                if (saysFalse) {
                    assertThat(sheet.flag(w.flag())).as(what + ": \"" + s.text() + "\"").contains(false);
                }
                if (saysTrue) {
                    assertThat(sheet.flag(w.flag())).as(what + ": \"" + s.text() + "\"").contains(true);
                }
            }
        }
    }

    private static void noInternalReference(Letter letter, String what) {
        String text = letter.text();
        assertThat(RAW_ID.matcher(text).find()).as(what + ": raw id in\n" + text).isFalse();
        assertThat(INTERNAL.matcher(text).find()).as(what + ": internal reference in\n" + text).isFalse();
    }

    private static void demandOnlyFromTheFile(Letter letter, Channel channel, boolean demand, String what) {
        // the drafted sentences (the sources list cites the law on demands, which claims nothing)
        String text = String.join("\n", letter.sentences().stream().map(DraftSentence::text).toList());
        if (!demand) {
            assertThat(text).as(what).doesNotContain("退款要求", "已要求", "催告", "a demand", "My demand", "asked the");
        } else if (EnumSet.of(Channel.POLICE, Channel.PAYMENT_PROVIDER, Channel.SMALL_CLAIMS_COURT).contains(channel)) {
            assertThat(text).as(what).contains(DEMAND_AT, DEMAND_DEADLINE);
        }
    }

    /** Bits of {@code flags}: 1 activated, 2 used, 4 extracted, 8 reordered, 16 a DELIVERED event. */
    private static RefundCase caseOf(ProblemKind kind, int flags, boolean demand) {
        boolean cardKey = kind.ordinal() % 2 == 0;
        Platform platform = new Platform("星辰卡盟", "https://xingchen.example",
                kind.ordinal() % 3 == 0 ? PlatformModel.GUARANTEED : PlatformModel.SELF_OPERATED,
                kind == ProblemKind.PLATFORM_GONE ? PlatformStatus.GONE : PlatformStatus.OPERATING,
                "浙江省杭州市西湖区文三路1号", "杭州星辰网络科技有限公司", "91350100M000100Y43", null);
        Purchase purchase = new Purchase(ORDER, cardKey ? ProductType.CARD_KEY : ProductType.DATA_PACKAGE,
                cardKey ? DeliveryMode.CARD_KEY : DeliveryMode.DIRECT_TOPUP, new BigDecimal("100.00"), PAID,
                PaymentChannel.ALIPAY, TRANSACTION, ACCOUNT, kind == ProblemKind.FALSE_ADVERTISING ? "永久" : null);
        Problem problem = new Problem(kind, PAID.plus(Duration.ofHours(1)), (flags & 4) != 0, (flags & 2) != 0,
                (flags & 1) != 0, (flags & 8) != 0, null);
        List<CaseEvent> events = new ArrayList<>();
        if ((flags & 16) != 0) {
            events.add(CaseEvent.of(EventType.DELIVERED, PAID.plus(Duration.ofMinutes(5))));
        }
        events.add(CaseEvent.of(EventType.REFUND_APPLIED, Instant.parse("2026-09-16T02:00:00Z"), Channel.PLATFORM)
                .withRef("TK-7788"));
        events.add(CaseEvent.of(EventType.REFUND_REJECTED, Instant.parse("2026-09-17T02:00:00Z"), Channel.PLATFORM));
        if (demand) {
            events.add(CaseEvent.of(EventType.DEMAND_SENT, Instant.parse("2026-09-20T02:00:00Z"), Channel.CUSTOMER_SERVICE)
                    .withDeadlineAt(Instant.parse("2026-09-27T16:00:00Z")));
        }
        return new RefundCase(null, "t", new Consumer("张三", PHONE, "上海市浦东新区世纪大道100号"), null, List.of(),
                platform, purchase, problem, events, null, List.of(), null, PAID, PAID);
    }

}
