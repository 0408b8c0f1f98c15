package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.domain.Channel.CUSTOMER_SERVICE;
import static org.refunddesk.domain.Channel.PAYMENT_PROVIDER;
import static org.refunddesk.domain.Channel.POLICE;
import static org.refunddesk.domain.Channel.REGULATOR_12315;
import static org.refunddesk.domain.Channel.SMALL_CLAIMS_COURT;
import static org.refunddesk.domain.ProblemKind.CHANGED_MIND;
import static org.refunddesk.domain.ProblemKind.DUPLICATE_PURCHASE;
import static org.refunddesk.domain.ProblemKind.FALSE_ADVERTISING;
import static org.refunddesk.domain.ProblemKind.FEE_DEDUCTED;
import static org.refunddesk.domain.ProblemKind.NOT_DELIVERED;
import static org.refunddesk.domain.ProblemKind.PAYMENT_NOT_RECEIVED;
import static org.refunddesk.domain.ProblemKind.PLATFORM_FAULT;
import static org.refunddesk.domain.ProblemKind.PLATFORM_GONE;
import static org.refunddesk.domain.ProblemKind.WRONG_ACCOUNT;
import static org.refunddesk.domain.ProblemKind.WRONG_ITEM;
import static org.refunddesk.domain.ProblemKind.WRONG_PACKAGE;
import static org.refunddesk.domain.Responsible.PLATFORM;
import static org.refunddesk.domain.Responsible.THIRD_PARTY;
import static org.refunddesk.domain.Responsible.USER;
import static org.refunddesk.domain.Verdict.LIKELY;
import static org.refunddesk.domain.Verdict.NOT_REFUNDABLE;
import static org.refunddesk.domain.Verdict.POSSIBLE;
import static org.refunddesk.domain.Verdict.UNLIKELY;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.i18n.Messages;

/**
 * Issue 3's eligibility rules, one row per situation, every problem kind at least once. Unless a row
 * says otherwise the case is a 100.00 yuan top-up paid 2026-11-20 10:00, assessed at 2026-11-20 12:00
 * (inside the 24h window). Claims are worked out by hand: CRPL 55 is max(3 × amount, 500.00); the
 * court fee is 50 yuan up to 10,000 plus 2.5% above, halved for the simple procedure.
 */
class EligibilityTableTest {
    private static final Messages ZH = Messages.forTag("zh");
    private static final String NOW = "2026-11-20T12:00";

    record Row(String says, ProblemKind kind, UnaryOperator<CaseSketch> setup, String now, Verdict verdict,
               Responsible responsible, List<String> reasons, List<Channel> routes, String refund, String punitive,
               String courtFee) {
        @Override
        public String toString() {
            return kind + ": " + says;
        }
    }

    private static Row row(String says, ProblemKind kind, UnaryOperator<CaseSketch> setup, String now, Verdict verdict,
                           Responsible responsible, List<String> reasons, List<Channel> routes, String refund,
                           String punitive, String courtFee) {
        return new Row(says, kind, setup, now, verdict, responsible, reasons, routes, refund, punitive, courtFee);
    }

    private static final List<Channel> PLATFORM_ROUTES = List.of(Channel.PLATFORM, CUSTOMER_SERVICE, PAYMENT_PROVIDER,
            REGULATOR_12315, Channel.CONSUMER_ASSOCIATION, Channel.COMPLAINT_SITE, SMALL_CLAIMS_COURT);

    private static List<String> reasons(String first, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all;
    }

    static Stream<Row> table() {
        UnaryOperator<CaseSketch> paid = s -> s.paid("2026-11-20T10:00");
        return Stream.of(
            row("paid, not delivered, nothing used", NOT_DELIVERED, paid, NOW, LIKELY, PLATFORM,
                reasons("NON_DELIVERY", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            row("'not delivered' but the key was used", NOT_DELIVERED, s -> paid.apply(s).product(ProductType.CARD_KEY, DeliveryMode.CARD_KEY).used(),
                NOW, NOT_REFUNDABLE, USER, reasons("NON_DELIVERY_USED"), List.of(CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("wrong server or denomination", WRONG_ITEM, paid, NOW, LIKELY, PLATFORM,
                reasons("WRONG_ITEM", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            row("double charge, long after the window", PLATFORM_FAULT, s -> s.paid("2026-06-01T10:00"), NOW, LIKELY, PLATFORM,
                reasons("PLATFORM_FAULT", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            row("platform gone with 5,000 yuan: payment provider, regulator, police", PLATFORM_GONE, s -> paid.apply(s).amount("5000.00"),
                NOW, LIKELY, PLATFORM, reasons("PLATFORM_GONE", "UNFAIR_CLAUSE", "FRAUD_THRESHOLD"),
                List.of(PAYMENT_PROVIDER, REGULATOR_12315, POLICE), "5000.00", null, "25.00"),
            row("platform gone with 200 yuan: no police route", PLATFORM_GONE, s -> paid.apply(s).amount("200.00"),
                NOW, LIKELY, PLATFORM, reasons("PLATFORM_GONE", "UNFAIR_CLAUSE"), List.of(PAYMENT_PROVIDER, REGULATOR_12315),
                "200.00", null, "25.00"),
            row("platform gone at exactly 3,000.00 names the threshold", PLATFORM_GONE, s -> paid.apply(s).amount("3000.00"),
                NOW, LIKELY, PLATFORM, reasons("PLATFORM_GONE", "UNFAIR_CLAUSE", "FRAUD_THRESHOLD"),
                List.of(PAYMENT_PROVIDER, REGULATOR_12315, POLICE), "3000.00", null, "25.00"),
            row("a non-delivery on a vanished platform takes the gone routes", NOT_DELIVERED, s -> paid.apply(s).platform(PlatformStatus.GONE),
                NOW, LIKELY, PLATFORM, reasons("NON_DELIVERY", "UNFAIR_CLAUSE"), List.of(PAYMENT_PROVIDER, REGULATOR_12315), "100.00", null, "25.00"),
            row("'permanent' credit that lasted a year: 100 → punitive 500.00 (the minimum)", FALSE_ADVERTISING,
                s -> paid.apply(s).product(ProductType.PERMANENT_PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP),
                NOW, LIKELY, PLATFORM, reasons("FALSE_ADVERTISING", "UNFAIR_CLAUSE", "PUNITIVE_CLAIM", "SMALL_CLAIMS_FEE"),
                PLATFORM_ROUTES, "100.00", "500.00", "25.00"),
            row("300 → punitive 900.00", FALSE_ADVERTISING, s -> paid.apply(s).amount("300.00"), NOW, LIKELY, PLATFORM,
                reasons("FALSE_ADVERTISING", "UNFAIR_CLAUSE", "PUNITIVE_CLAIM", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES,
                "300.00", "900.00", "25.00"),
            row("20,000 → punitive 60,000; claim 80,000 → fee (50 + 70,000 × 2.5%) / 2 = 900.00", FALSE_ADVERTISING,
                s -> paid.apply(s).amount("20000.00"), NOW, LIKELY, PLATFORM,
                reasons("FALSE_ADVERTISING", "UNFAIR_CLAUSE", "PUNITIVE_CLAIM", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES,
                "20000.00", "60000.00", "900.00"),
            // issue 11 §2: a fee is reclaimable when it was not disclosed and agreed before payment (CRPL 26(1), Civil Code 496)
            row("fee deducted, disclosure unknown: possible, says what decides it", FEE_DEDUCTED, paid, NOW, POSSIBLE, PLATFORM,
                reasons("FEE_DEDUCTED", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            row("fee deducted, disclosed and agreed before payment: unlikely", FEE_DEDUCTED, s -> paid.apply(s).feeDisclosed(true), NOW,
                UNLIKELY, USER, reasons("FEE_DISCLOSED"), List.of(CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("fee deducted, never disclosed: likely", FEE_DEDUCTED, s -> paid.apply(s).feeDisclosed(false), NOW, LIKELY, PLATFORM,
                reasons("FEE_UNDISCLOSED", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            // issue 11 §2: an extracted card key was delivered (E-commerce Law art. 51): an invalid-key claim
            row("'not delivered' but the key was extracted: invalid-key claim", NOT_DELIVERED,
                s -> paid.apply(s).product(ProductType.CARD_KEY, DeliveryMode.CARD_KEY).keyExtracted(), NOW, POSSIBLE, PLATFORM,
                reasons("INVALID_KEY", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            row("'wrong item' with the key extracted: invalid-key claim", WRONG_ITEM,
                s -> paid.apply(s).product(ProductType.CARD_KEY, DeliveryMode.CARD_KEY).keyExtracted(), NOW, POSSIBLE, PLATFORM,
                reasons("INVALID_KEY", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            row("bank debited, platform never received it", PAYMENT_NOT_RECEIVED, paid, NOW, LIKELY, THIRD_PARTY,
                reasons("PAYMENT_NOT_RECEIVED"), List.of(PAYMENT_PROVIDER, CUSTOMER_SERVICE, REGULATOR_12315), "100.00", null, "25.00"),
            row("duplicate, unused, inside the window", DUPLICATE_PURCHASE, paid, NOW, POSSIBLE, USER,
                reasons("USER_MISTAKE_OPEN"), List.of(Channel.PLATFORM, CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("duplicate, unused, window passed", DUPLICATE_PURCHASE, paid, "2026-11-21T10:00", NOT_REFUNDABLE, USER,
                reasons("USER_MISTAKE_CLOSED"), List.of(CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("duplicate, refund applied inside the window, asked after it", DUPLICATE_PURCHASE,
                s -> paid.apply(s).event(EventType.REFUND_APPLIED, "2026-11-20T15:00"), "2026-11-22T10:00", POSSIBLE, USER,
                reasons("USER_MISTAKE_OPEN"), List.of(Channel.PLATFORM, CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("wrong package, activated", WRONG_PACKAGE, s -> paid.apply(s).product(ProductType.DATA_PACKAGE, DeliveryMode.DIRECT_TOPUP).activated(),
                NOW, NOT_REFUNDABLE, USER, reasons("USER_MISTAKE_CLOSED"), List.of(CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("wrong package, unactivated data package, 60h later: still inside 72h", WRONG_PACKAGE,
                s -> paid.apply(s).product(ProductType.DATA_PACKAGE, DeliveryMode.DIRECT_TOPUP), "2026-11-22T22:00", POSSIBLE, USER,
                reasons("USER_MISTAKE_OPEN"), List.of(Channel.PLATFORM, CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("wrong account, re-ordered", WRONG_ACCOUNT, s -> paid.apply(s).reordered(), NOW, NOT_REFUNDABLE, USER,
                reasons("WRONG_ACCOUNT_REORDERED"), List.of(CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("wrong account, not re-ordered, unused", WRONG_ACCOUNT, paid, NOW, POSSIBLE, USER,
                reasons("USER_MISTAKE_OPEN"), List.of(Channel.PLATFORM, CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("changed mind, card key extracted", CHANGED_MIND, s -> paid.apply(s).product(ProductType.CARD_KEY, DeliveryMode.CARD_KEY).keyExtracted(),
                NOW, NOT_REFUNDABLE, USER, reasons("USER_MISTAKE_CLOSED"), List.of(CUSTOMER_SERVICE), "100.00", null, "25.00"),
            row("changed mind, untouched, the platform allows 48h", CHANGED_MIND, s -> paid.apply(s).window(48), "2026-11-21T20:00",
                POSSIBLE, USER, reasons("USER_MISTAKE_OPEN"), List.of(Channel.PLATFORM, CUSTOMER_SERVICE), "100.00", null, "25.00"),
            // issue 11 / Civil Code 192-193: after the period a suit is still possible (the business may raise the
            // defence, a court won't of its own motion), so the court stays, with its fee, where it was open before
            row("non-delivery past the limitation period", NOT_DELIVERED, s -> s.paid("2020-11-02T10:00"), NOW, UNLIKELY, PLATFORM,
                reasons("LIMITATION_EXPIRED", "NON_DELIVERY", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), List.of(CUSTOMER_SERVICE, SMALL_CLAIMS_COURT),
                "100.00", null, "25.00"),
            row("changed mind past the limitation period", CHANGED_MIND, s -> s.paid("2020-11-02T10:00"), NOW, UNLIKELY, USER,
                reasons("LIMITATION_EXPIRED", "USER_MISTAKE_CLOSED"), List.of(CUSTOMER_SERVICE), "100.00", null, "25.00"),
            // issue 11 §3: outstanding = price - refunds received = 100 - 30 = 70.00; the texts say "partly refunded"
            row("30 of 100 already refunded: 70.00 still owed", PLATFORM_FAULT,
                s -> paid.apply(s).received("2026-11-20T11:00", "30.00"), NOW, LIKELY, PLATFORM,
                reasons("PLATFORM_FAULT", "PARTLY_REFUNDED", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "70.00", null, "25.00"),
            // 80 paid, 40 back: 40.00 claimed ≤ 50 → the small-amount warning, though the price was 80 (fee rules art. 13, 16: 50 / 2 = 25.00)
            row("80 paid, 40 refunded: the warning weighs the 40 still claimed", NOT_DELIVERED,
                s -> paid.apply(s).amount("80.00").received("2026-11-20T11:00", "40.00"), NOW, LIKELY, PLATFORM,
                reasons("NON_DELIVERY", "PARTLY_REFUNDED", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE", "SMALL_AMOUNT"), PLATFORM_ROUTES, "40.00", null, "25.00"),
            // 40 paid, 30 back by the platform, 10 back ... all returned: nothing claimed, no small-amount warning
            row("40 paid and fully refunded: nothing outstanding, no warning", PLATFORM_FAULT,
                s -> paid.apply(s).amount("40.00").received("2026-11-20T11:00", null), NOW, LIKELY, PLATFORM,
                reasons("PLATFORM_FAULT", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "0.00", null, "25.00"),
            // CRPL 55 / DOMAIN.md §9: a vanished seller of "permanent" credit points to fraud; 1,000 → 3,000.00 conditional
            row("vanished seller of 'permanent' credit: punitive 3,000.00, conditional", PLATFORM_GONE,
                s -> paid.apply(s).amount("1000.00").product(ProductType.PERMANENT_PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP), NOW,
                LIKELY, PLATFORM, reasons("PLATFORM_GONE", "UNFAIR_CLAUSE", "PUNITIVE_CLAIM"), List.of(PAYMENT_PROVIDER, REGULATOR_12315),
                "1000.00", "3000.00", "25.00"),
            // CRPL 44 binds a marketplace (GUARANTEED) platform only
            row("a marketplace platform: CRPL 44 named", NOT_DELIVERED, s -> paid.apply(s).model(PlatformModel.GUARANTEED), NOW, LIKELY, PLATFORM,
                reasons("NON_DELIVERY", "UNFAIR_CLAUSE", "MARKETPLACE_SELLER", "SMALL_CLAIMS_FEE"), PLATFORM_ROUTES, "100.00", null, "25.00"),
            // issue 11 §4: scam signs add the police route whatever the amount
            row("a private-transfer request adds the police route", NOT_DELIVERED, s -> paid.apply(s).flag(RedFlag.PRIVATE_TRANSFER), NOW,
                LIKELY, PLATFORM, reasons("NON_DELIVERY", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE"),
                List.of(Channel.PLATFORM, CUSTOMER_SERVICE, PAYMENT_PROVIDER, REGULATOR_12315, Channel.CONSUMER_ASSOCIATION,
                        Channel.COMPLAINT_SITE, SMALL_CLAIMS_COURT, POLICE), "100.00", null, "25.00"),
            row("30 yuan: weigh the cost", NOT_DELIVERED, s -> paid.apply(s).amount("30.00"), NOW, LIKELY, PLATFORM,
                reasons("NON_DELIVERY", "UNFAIR_CLAUSE", "SMALL_CLAIMS_FEE", "SMALL_AMOUNT"), PLATFORM_ROUTES, "30.00", null, "25.00")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void assessmentFollowsTheTable(Row row) {
        var c = row.setup().apply(CaseSketch.of(row.kind())).build();
        Assessment a = EligibilityAssessor.assess(c, CaseSketch.at(row.now()), RuleBooks.builtIn(),
                WorkingDayCalendars.bundled(), ZH);
        assertThat(a.rulebookVersion()).isEqualTo(RuleBooks.builtIn().version());
        assertThat(a.verdict()).isEqualTo(row.verdict());
        assertThat(a.responsible()).isEqualTo(row.responsible());
        assertThat(a.reasons()).extracting(Assessment.Reason::rule).containsExactlyElementsOf(row.reasons());
        assertThat(a.reasons()).allSatisfy(r -> assertThat(r.basis()).isNotBlank().doesNotContain("{"));
        assertThat(a.reasons()).allSatisfy(r -> assertThat(r.text()).isNotBlank().doesNotContain("{"));
        assertThat(a.routes()).extracting(Assessment.Route::channel).containsExactlyElementsOf(row.routes());
        assertThat(a.claims().refund()).hasToString(row.refund());
        assertThat(a.claims().punitive() == null ? null : a.claims().punitive().toPlainString()).isEqualTo(row.punitive());
        assertThat(a.claims().courtFee()).hasToString(row.courtFee());
        assertThat(a.deadlines()).isNotEmpty();
    }

    /** Issue 11 §4: what the engine actually says over the whole table, in both languages, has no internal ids. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void nothingTheEngineSaysShowsASourceNumberOrARawId(Row row) {
        for (String lang : List.of("zh", "en")) {
            var c = row.setup().apply(CaseSketch.of(row.kind())).build();
            Assessment a = EligibilityAssessor.assess(c, CaseSketch.at(row.now()), RuleBooks.builtIn(),
                    WorkingDayCalendars.bundled(), Messages.forTag(lang));
            List<String> said = new java.util.ArrayList<>();
            a.reasons().forEach(r -> { said.add(r.text()); said.add(r.basis()); });
            a.redFlags().forEach(f -> { said.add(f.text()); said.add(f.advice()); });
            a.routes().forEach(r -> said.add(r.text()));
            if (a.claims().punitiveCondition() != null) {
                said.add(a.claims().punitiveCondition().mustProve());
                said.add(a.claims().punitiveCondition().basis());
            }
            if (a.claims().interest() != null) {
                said.add(a.claims().interest().text());
                said.add(a.claims().interest().basis());
            }
            a.deadlines().forEach(d -> { said.add(d.basis()); said.add(d.explanation()); });
            for (String text : said) {
                assertThat(org.refunddesk.rules.i18n.UserVisibleTextTest.SOURCE_NUMBER.matcher(text).find()).as(text).isFalse();
                assertThat(org.refunddesk.rules.i18n.UserVisibleTextTest.RAW_ID.matcher(text).find()).as(text).isFalse();
            }
        }
    }

    @Test
    void everyProblemKindIsInTheTable() {
        assertThat(table().map(Row::kind).distinct()).containsExactlyInAnyOrder(ProblemKind.values());
    }

    private static Assessment assess(CaseSketch s, String now, String lang) {
        return EligibilityAssessor.assess(s.build(), CaseSketch.at(now), RuleBooks.builtIn(), WorkingDayCalendars.bundled(),
                Messages.forTag(lang));
    }

    @Test
    void notRefundableClauseNeverDefeatsAPlatformFaultAndCitesCrpl26AndCivilCode497() {
        Assessment a = assess(CaseSketch.of(PLATFORM_FAULT).paid("2026-11-20T10:00"), NOW, "zh");
        Assessment.Reason clause = a.reasons().stream().filter(r -> r.rule().equals("UNFAIR_CLAUSE")).findFirst().orElseThrow();
        assertThat(clause.basis()).contains("《消费者权益保护法》第26条", "《民法典》第497条");
        assertThat(clause.text()).contains("虚拟商品一经售出概不退款", "无效");
        assertThat(a.verdict()).isEqualTo(LIKELY);
    }

    @Test
    void platformGoneAboveTheThresholdNamesThePoliceAndTheRange() {
        Assessment a = assess(CaseSketch.of(PLATFORM_GONE).paid("2026-11-20T10:00").amount("5000.00"), NOW, "en");
        assertThat(a.redFlags()).extracting(Assessment.Flag::flag).containsExactly("FRAUD_THRESHOLD");
        assertThat(a.redFlags().get(0).text()).contains("5000.00", "3,000-10,000");
        assertThat(a.routes()).filteredOn(r -> r.channel() == POLICE).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("police", "3,000-10,000"));
        assertThat(a.reasons().get(0).text()).contains("platform route is closed");
    }

    @Test
    void confirmedRedFlagsAreListedWithTheirWarning() {
        Assessment a = assess(CaseSketch.of(NOT_DELIVERED).paid("2026-11-20T10:00").flag(RedFlag.PASSWORD_REQUESTED), NOW, "zh");
        assertThat(a.redFlags()).extracting(Assessment.Flag::flag, Assessment.Flag::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PASSWORD_REQUESTED", "对方索要账号密码"));
        // issue 11 §4: the advice comes with it
        assertThat(a.redFlags().get(0).advice()).contains("不要提供账号密码", "保留聊天记录", "110", "96110");
    }

    @Test
    void anExtractedKeyIsAnInvalidKeyClaimDecidedByTheIssuersRecordNeverNotReceived() {
        for (String lang : List.of("zh", "en")) {
            Assessment a = assess(CaseSketch.of(NOT_DELIVERED).paid("2026-11-20T10:00")
                    .product(ProductType.CARD_KEY, DeliveryMode.CARD_KEY).keyExtracted(), NOW, lang);
            Assessment.Reason first = a.reasons().get(0);
            assertThat(first.rule()).isEqualTo("INVALID_KEY");
            assertThat(first.text()).containsAnyOf("兑换或激活记录", "redemption or activation record");
            assertThat(first.text()).doesNotContain("未到账", "not received", "not delivered", "未交付");
        }
    }

    @Test
    void punitiveIsAConditionalClaimWithWhatMustBeProvenAndInterestIsAClaimLine() {
        Assessment a = assess(CaseSketch.of(FALSE_ADVERTISING).paid("2026-11-20T10:00").amount("300.00"), NOW, "zh");
        assertThat(a.claims().punitive()).isEqualByComparingTo("900.00");
        assertThat(a.claims().punitiveCondition().mustProve()).contains("明知", "因此作出了购买决定");
        assertThat(a.claims().punitiveCondition().basis()).contains("总则编", "第21条", "第55条");
        assertThat(a.claims().interest().basis()).contains("第53条");
        assertThat(a.claims().interest().text()).contains("利息", "合理费用", "300.00");
        // never presented as owed
        assertThat(a.reasons()).filteredOn(r -> r.rule().equals("PUNITIVE_CLAIM")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("如能证明", "不是对方已经应付的款项"));
        // the court fee is a cost, never a claim line
        assertThat(a.reasons()).filteredOn(r -> r.rule().equals("SMALL_CLAIMS_FEE")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("不是可以向对方主张的款项"));
        // no fraud pointer, no condition; a user-mistake case has no interest line
        Assessment plain = assess(CaseSketch.of(DUPLICATE_PURCHASE).paid("2026-11-20T10:00"), NOW, "zh");
        assertThat(plain.claims().punitiveCondition()).isNull();
        assertThat(plain.claims().interest()).isNull();
    }

    @Test
    void aPartialRefundIsNamedWithWhatIsOutstandingNeverAsRefunded() {
        Assessment en = assess(CaseSketch.of(NOT_DELIVERED).paid("2026-11-20T10:00").received("2026-11-20T11:00", "30.00"), NOW, "en");
        assertThat(en.claims().outstanding()).isEqualByComparingTo("70.00");
        assertThat(en.claims().refundsReceived()).isEqualByComparingTo("30.00");
        assertThat(en.claims().partlyRefunded()).isTrue();
        assertThat(en.reasons()).extracting(Assessment.Reason::text)
                .contains("Partly refunded (30.00 yuan received), 70.00 yuan outstanding.")
                .anySatisfy(t -> assertThat(t).contains("must refund the 70.00 yuan still outstanding"));
        Assessment zh = assess(CaseSketch.of(NOT_DELIVERED).paid("2026-11-20T10:00").received("2026-11-20T11:00", "30.00"), NOW, "zh");
        assertThat(zh.reasons()).extracting(Assessment.Reason::text).contains("已部分退款（已收到 30.00 元），尚有 70.00 元未退。");
    }

    @Test
    void theAssessmentExposesTheLimitationDeadlineAndWhenTheConsumerKnew() {
        Assessment a = assess(CaseSketch.of(NOT_DELIVERED).paid("2020-11-02T10:00").discovered("2020-11-03T09:00"), NOW, "zh");
        assertThat(a.limitationExpired()).isTrue();
        assertThat(a.limitation()).isPresent();
        assertThat(a.knewOfHarmAt()).isEqualTo(CaseSketch.at("2020-11-03T09:00"));
        assertThat(a.routes()).filteredOn(r -> r.channel() == SMALL_CLAIMS_COURT).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("时效抗辩"));
    }

    @Test
    void unknownFeeDisclosureSaysWhatDecidesIt() {
        Assessment a = assess(CaseSketch.of(FEE_DEDUCTED).paid("2026-11-20T10:00"), NOW, "en");
        assertThat(a.reasons().get(0).text()).contains("depends on whether it was disclosed and agreed before payment");
        Assessment disclosed = assess(CaseSketch.of(FEE_DEDUCTED).paid("2026-11-20T10:00").feeDisclosed(true), NOW, "zh");
        assertThat(disclosed.reasons().get(0).text()).contains("已明示并经你同意");
    }

    @Test
    void expiredLimitationSaysWhenItEnded() {
        Assessment a = assess(CaseSketch.of(NOT_DELIVERED).paid("2020-11-02T10:00"), NOW, "zh");
        assertThat(a.reasons().get(0).text()).contains("诉讼时效已于 2023-11-02 (周四) 届满");
        assertThat(a.reasons().get(0).basis()).contains("第188条");
    }

    @Test
    void possibleVerdictNamesTheWindowEnd() {
        Assessment a = assess(CaseSketch.of(DUPLICATE_PURCHASE).paid("2026-11-20T10:00"), NOW, "zh");
        assertThat(a.reasons().get(0).text()).contains("2026-11-21 (周六) 10:00 前");
    }

    @Test
    void storedAssessmentKeepsTheRuleBookVersion() {
        Assessment a = assess(CaseSketch.of(NOT_DELIVERED).paid("2026-11-20T10:00"), NOW, "zh");
        var stored = a.toStored(CaseSketch.at(NOW));
        assertThat(stored.rulebookVersion()).isEqualTo("2026.11.2");
        assertThat(stored.verdict()).isEqualTo(LIKELY);
        assertThat(a.nextOpenDeadline()).map(d -> d.rule()).contains("PLATFORM_REFUND_WINDOW");
    }
}
