package org.refunddesk.rules.letters;

import org.refunddesk.rules.Masking;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.escalation.LadderBook;
import org.refunddesk.rules.escalation.RuleBookClaims;
import org.refunddesk.rules.i18n.Messages;

class LetterDrafterTest {
    private static final Instant NOW = Instant.parse("2026-10-10T02:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 10, 19);
    /** Letters that set the business a date to answer by; police, payment-provider and court drafts do not. */
    private static final List<Channel> ASKS_FOR_AN_ANSWER = List.of(Channel.PLATFORM, Channel.CUSTOMER_SERVICE,
            Channel.REGULATOR_12315, Channel.CONSUMER_ASSOCIATION, Channel.INDUSTRY_BODY, Channel.COMPLAINT_SITE);
    private final AtomicReference<Instant> askedFrom = new AtomicReference<>();
    private final LetterResources resources = new LetterResources();
    private final LetterDrafter drafter = new LetterDrafter(LadderBook.standard(), resources, (start, days) -> {
        askedFrom.set(start);
        return new DeadlineDateCalculator.DueDate(days == 7 ? DUE : LocalDate.MIN, false);
    }, new RuleBookClaims(RuleBooks.builtIn(), WorkingDayCalendars.bundled()));

    static Stream<Arguments> channelsAndLanguages() {
        return Stream.of(Channel.values()).flatMap(c -> Stream.of(Arguments.of(c, Messages.CHINESE),
                Arguments.of(c, Messages.ENGLISH)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("channelsAndLanguages")
    void everyTemplateCarriesTheFactsCitationsDemandAndDeadline(Channel channel, Locale locale) {
        for (ProblemKind kind : ProblemKind.values()) {
            RefundCase c = EscalationFixtures.complete(kind);

            Letter letter = drafter.draft(c, LetterRequest.of(channel, locale, NOW));
            String text = letter.text();

            String order = channel == Channel.COMPLAINT_SITE ? "****5001" : EscalationFixtures.ORDER_NO;
            assertThat(text).as(kind + " " + channel).contains(order, "100.00", "2026-09-15 10:00", "2026-09-15 11:00");
            if (ASKS_FOR_AN_ANSWER.contains(channel)) {
                assertThat(text).as("the letter's own answer date").contains("2026-10-19");
            }
            resources.citations(kind).forEach(cite -> assertThat(text).contains(cite.text(locale)));
            assertThat(text).doesNotContain("!escalation.").doesNotContain("{").doesNotContain("}");
            assertThat(letter.deadline()).isEqualTo(DUE);
            assertThat(letter.banner()).containsAnyOf("草稿", "DRAFT").containsAnyOf("法律意见", "not legal advice");
            assertThat(letter.sources()).isNotEmpty();
            assertThat(text).contains(letter.sources().get(0));
        }
        assertThat(askedFrom.get()).isEqualTo(NOW);
    }

    static Stream<Arguments> demoCasesAndChannels() {
        List<RefundCase> demo = DemoCases.create(Clock.fixed(NOW, ZoneOffset.UTC));
        return demo.stream().flatMap(c -> Stream.of(Channel.values()).map(ch -> Arguments.of(c.title(), c, ch)));
    }

    @ParameterizedTest(name = "{0} / {2}")
    @MethodSource("demoCasesAndChannels")
    void aLetterFromEachDemoCaseNamesItsOrderAmountDatesCitationsAndDeadline(String title, RefundCase c, Channel ch) {
        // Saturday 2026-10-10 is an adjusted working day; seven days end on Saturday 10-17, a rest day -> Monday 10-19.
        Letter letter = onTheCalendar.draft(c, LetterRequest.of(ch, Messages.CHINESE, NOW));
        String text = letter.text();
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        assertThat(text).contains(ch == Channel.COMPLAINT_SITE ? Masking.tail(c.purchase().orderNo()) : c.purchase().orderNo(),
                "金额：" + Money.format(c.purchase().amount()) + " 元",
                "付款时间：" + minutes.format(c.purchase().paidAt().atZone(ReasonText.SHANGHAI)));
        if (c.problem().discoveredAt() != null) {
            assertThat(text).contains(minutes.format(c.problem().discoveredAt().atZone(ReasonText.SHANGHAI)));
        }
        resources.citations(c.problem().kind()).forEach(cite -> assertThat(text).contains(cite.zh()));
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void theFactsSectionIsTheSameOnEveryChannel(ProblemKind kind) {
        RefundCase c = EscalationFixtures.complete(kind);
        String facts = drafter.facts(c, LetterRequest.of(Channel.PLATFORM, Messages.CHINESE, NOW));

        for (Channel channel : Channel.values()) {
            if (channel == Channel.COMPLAINT_SITE) {
                continue; // a public post masks the numbers (tested in LetterTruthTest)
            }
            Letter letter = drafter.draft(c, LetterRequest.of(channel, Messages.CHINESE, NOW));
            assertThat(letter.section("facts")).as(channel.name()).get()
                    .extracting(LetterSection::body).isEqualTo(facts);
        }
    }

    @Test
    void editedFactsReplaceTheSharedFacts() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);

        Letter letter = drafter.draft(c, LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW)
                .withFacts("订单号：X-1\n我自己写的经过"));

        assertThat(letter.section("facts")).get().extracting(LetterSection::body).isEqualTo("订单号：X-1\n我自己写的经过");
    }

    @Test
    void falseAdvertisingLettersClaimThreeTimesThePriceAtLeast500() {
        RefundCase small = EscalationFixtures.complete(ProblemKind.FALSE_ADVERTISING);
        RefundCase large = EscalationFixtures.with(ProblemKind.FALSE_ADVERTISING, PlatformStatus.OPERATING, "1000.00",
                PaymentChannel.ALIPAY);

        String smallDemand = drafter.draft(small, LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW))
                .section("demand").orElseThrow().body();
        String largeDemand = drafter.draft(large, LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW))
                .section("demand").orElseThrow().body();

        assertThat(smallDemand).contains("退还货款 100.00 元").contains("赔偿 500.00 元").contains("第五十五条")
                .contains("如经查明", "明知", "因该宣传而购买");
        assertThat(largeDemand).contains("退还货款 1000.00 元").contains("赔偿 1500.00 元".replace("1500", "3000"));
        assertThat(drafter.draft(small, LetterRequest.of(Channel.PLATFORM, Messages.CHINESE, NOW)).text())
                .contains("永久");
    }

    @Test
    void aNotDeliveredLetterClaimsNoCardKeyFactTheCaseNeverRecorded() {
        // a direct top-up has no card key at all; the statement must hold for both delivery modes
        String facts = drafter.draft(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW)).section("facts").orElseThrow().body();

        assertThat(facts).contains("至今未到账").doesNotContain("卡密未提取");
    }

    @Test
    void aVanishedSellerOfPermanentCreditIsAskedForTheConditionalPunitiveClaimAsTheAssessmentOffersIt() {
        RefundCase gone = EscalationFixtures.with(ProblemKind.PLATFORM_GONE, PlatformStatus.GONE, "200.00",
                PaymentChannel.ALIPAY);
        RefundCase permanent = new RefundCase(gone.id(), gone.title(), gone.consumer(), null, List.of(),
                gone.platform(), new Purchase(gone.purchase().orderNo(), ProductType.PERMANENT_PHONE_CREDIT,
                gone.purchase().delivery(), gone.purchase().amount(), gone.purchase().paidAt(),
                gone.purchase().payment(), gone.purchase().paymentRef(), gone.purchase().targetAccount(), "永久"),
                gone.problem(), List.of(), null, List.of(), null, gone.createdAt(), gone.updatedAt());

        String demand = drafter.draft(permanent, LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW))
                .section("demand").orElseThrow().body();

        // the eligibility assessment offers CRPL art. 55 here as a claim to prove (rule engine, issue 11 §3)
        assertThat(demand).contains("赔偿 600.00 元").contains("第五十五条").contains("如经查明", "明知");
    }

    @Test
    void otherProblemKindsMakeNoPunitiveClaim() {
        String demand = drafter.draft(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW)).section("demand").orElseThrow().body();

        assertThat(demand).contains("退还货款 100.00 元").doesNotContain("赔偿").doesNotContain("第五十五条")
                .contains("第五十三条", "利息");
    }

    @Test
    void twelve315ComplaintHasTheArticle9FieldsAsSections() {
        Letter letter = drafter.draft(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW));

        assertThat(letter.sections()).extracting(LetterSection::id)
                .containsSubsequence("complainant", "respondent", "demand", "facts");
        assertThat(letter.section("complainant").orElseThrow().body()).contains("张三", "13800000000", "上海市浦东新区");
        assertThat(letter.section("respondent").orElseThrow().body()).contains("星辰卡盟", "浙江省杭州市西湖区文三路1号");
        assertThat(letter.title()).contains("12315");
    }

    @Test
    void missingFactsTheRecipientRequiresAreVisibleBlanks() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        c = new RefundCase(c.id(), c.title(), new Consumer("张三", null, null), null, List.of(), c.platform(),
                c.purchase(), c.problem(), c.events(), null, List.of(), null, null, null);

        Letter letter = drafter.draft(c, LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW));

        assertThat(letter.section("complainant").orElseThrow().body())
                .contains("联系电话：【请填写：联系电话】", "通信地址：【请填写：通信地址】");
        assertThat(letter.blanks()).containsExactly("【请填写：联系电话】", "【请填写：通信地址】");
    }

    @Test
    void theNextStepIfIgnoredIsTheNextLawfulRungOfTheCasesRoute() {
        RefundCase ordinary = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        RefundCase gone = EscalationFixtures.with(ProblemKind.PLATFORM_GONE, PlatformStatus.GONE, "100.00",
                PaymentChannel.ALIPAY);

        assertThat(drafter.draft(ordinary, LetterRequest.of(Channel.PLATFORM, Messages.CHINESE, NOW))
                .section("nextStep").orElseThrow().body()).contains("平台客服");
        assertThat(drafter.draft(ordinary, LetterRequest.of(Channel.REGULATOR_12315, Messages.ENGLISH, NOW))
                .section("nextStep").orElseThrow().body()).contains("sue in the people's court", "arbitration", "art. 39")
                .doesNotContain("Consumer association");
        assertThat(drafter.draft(gone, LetterRequest.of(Channel.PAYMENT_PROVIDER, Messages.CHINESE, NOW))
                .section("nextStep").orElseThrow().body()).contains("12315");
    }

    private final LetterDrafter onTheCalendar = new LetterDrafter(LadderBook.standard(), resources,
            new CalendarDeadlineDates(WorkingDayCalendars.bundled()), new RuleBookClaims(RuleBooks.builtIn(), WorkingDayCalendars.bundled()));

    @ParameterizedTest
    @EnumSource(Channel.class)
    void aLetterDraftedJustBeforeNationalDayLandsItsDeadlineAfterTheHoliday(Channel channel) {
        // Monday 2026-09-28: seven days end on 10-05, inside the National Day holiday (10-01..10-07).
        Instant monday = OffsetDateTime.parse("2026-09-28T10:00:00+08:00").toInstant();

        Letter letter = onTheCalendar.draft(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                LetterRequest.of(channel, Messages.CHINESE, monday));

        assertThat(letter.deadline()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(letter.deadlineEstimate()).isFalse();
        assertThat(letter.text()).doesNotContain("估算");
        if (ASKS_FOR_AN_ANSWER.contains(channel)) {
            assertThat(letter.text()).contains("2026-10-08（含当日）");
        } else {
            assertThat(letter.text()).as("police, payment and court drafts set no deadline of their own").doesNotContain("2026-10-08");
        }
    }

    @Test
    void aDeadlineOnAnOrdinaryWeekIsSevenCalendarDaysLater() {
        Instant tuesday = OffsetDateTime.parse("2026-11-10T22:30:00+08:00").toInstant();

        assertThat(onTheCalendar.draft(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                LetterRequest.of(Channel.CUSTOMER_SERVICE, Messages.CHINESE, tuesday)).deadline())
                .isEqualTo(LocalDate.of(2026, 11, 17));
    }

    @Test
    void aDeadlineInAYearWithoutHolidayDataIsFlaggedInTheBanner() {
        Instant lateDecember = OffsetDateTime.parse("2026-12-28T10:00:00+08:00").toInstant();

        Letter letter = onTheCalendar.draft(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                LetterRequest.of(Channel.CUSTOMER_SERVICE, Messages.CHINESE, lateDecember));

        assertThat(letter.deadline()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(letter.deadlineEstimate()).isTrue();
        assertThat(letter.banner()).contains("估算");
    }
}
