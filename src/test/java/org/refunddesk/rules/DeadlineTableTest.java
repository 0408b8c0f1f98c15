package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.domain.Channel.COMPLAINT_SITE;
import static org.refunddesk.domain.Channel.CONSUMER_ASSOCIATION;
import static org.refunddesk.domain.Channel.CUSTOMER_SERVICE;
import static org.refunddesk.domain.Channel.INDUSTRY_BODY;
import static org.refunddesk.domain.Channel.PAYMENT_PROVIDER;
import static org.refunddesk.domain.Channel.PLATFORM;
import static org.refunddesk.domain.Channel.POLICE;
import static org.refunddesk.domain.Channel.REGULATOR_12315;
import static org.refunddesk.domain.Channel.SMALL_CLAIMS_COURT;
import static org.refunddesk.domain.DeadlineState.MET;
import static org.refunddesk.domain.DeadlineState.MISSED;
import static org.refunddesk.domain.DeadlineState.OPEN;
import static org.refunddesk.domain.EventType.BUSINESS_ACKNOWLEDGED;
import static org.refunddesk.domain.EventType.CASE_CLOSED;
import static org.refunddesk.domain.EventType.COMPLAINT_ACCEPTED;
import static org.refunddesk.domain.EventType.COMPLAINT_ANSWERED;
import static org.refunddesk.domain.EventType.COMPLAINT_FILED;
import static org.refunddesk.domain.EventType.DELIVERED;
import static org.refunddesk.domain.EventType.DEMAND_SENT;
import static org.refunddesk.domain.EventType.REFUND_APPLIED;
import static org.refunddesk.domain.EventType.REFUND_APPROVED;
import static org.refunddesk.domain.EventType.REFUND_RECEIVED;
import static org.refunddesk.domain.EventType.SUPPLEMENT_REQUESTED;
import static org.refunddesk.domain.EventType.SUPPLEMENT_SENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.rules.i18n.Messages;

/**
 * Issue 3's deadline table, case by case. Every expected due instant was worked out by hand on the
 * 2026 calendar (Spring Festival 02-15..02-23 off, 02-14 and 02-28 worked; Mid-Autumn 09-25..09-27 and
 * National Day 10-01..10-07 off, 09-20 and 10-10 worked) and the 2023/2024 notices; the note on each
 * row shows the count. A null due means the rule must not apply.
 */
class DeadlineTableTest {
    private static final Messages ZH = Messages.forTag("zh");

    record Row(String says, UnaryOperator<CaseSketch> setup, String now, String rule, String due, DeadlineState state,
               boolean estimate, List<String> explains) {
        @Override
        public String toString() {
            return rule + ": " + says;
        }
    }

    private static Row row(String says, UnaryOperator<CaseSketch> setup, String now, String rule, String due,
                           DeadlineState state, boolean estimate, String... explains) {
        return new Row(says, setup, now, rule, due, state, estimate, List.of(explains));
    }

    static Stream<Row> table() {
        return Stream.of(
            // --- ARRIVAL_CHECK: 30 minutes from payment, direct top-ups only ---
            row("a top-up paid 10:00 should arrive by 10:30", s -> s.paid("2026-11-20T10:00"), "2026-11-20T10:10",
                "ARRIVAL_CHECK", "2026-11-20T10:30+08:00", OPEN, false, "付款 2026-11-20 (周五) 10:00 起算", "30 分钟", "不顺延"),
            row("minutes run over midnight, no roll-over", s -> s.paid("2026-11-20T23:50"), "2026-11-21T01:00",
                "ARRIVAL_CHECK", "2026-11-21T00:20+08:00", MISSED, false, "已过期限，未见「已到账」"),
            row("delivery meets it", s -> s.paid("2026-11-20T10:00").event(DELIVERED, "2026-11-20T10:20"), "2026-11-20T11:00",
                "ARRIVAL_CHECK", "2026-11-20T10:30+08:00", MET, false, "以「已到账」完成"),
            row("a card key has no arrival check", s -> s.product(ProductType.CARD_KEY, DeliveryMode.CARD_KEY), "2026-03-02T10:10",
                "ARRIVAL_CHECK", null, null, false),
            // issue 11 §2: no arrival check for credit that arrived or was activated
            row("no arrival check for a top-up bought twice (it arrived)", s -> s.kind(ProblemKind.DUPLICATE_PURCHASE), "2026-03-02T12:00",
                "ARRIVAL_CHECK", null, null, false),
            row("no arrival check for credit credited to the wrong account", s -> s.kind(ProblemKind.WRONG_ACCOUNT), "2026-03-02T12:00",
                "ARRIVAL_CHECK", null, null, false),
            row("no arrival check for 'not delivered' credit that was activated", s -> s.activated(), "2026-03-02T12:00",
                "ARRIVAL_CHECK", null, null, false),
            row("no arrival check for a payment that never reached the platform", s -> s.kind(ProblemKind.PAYMENT_NOT_RECEIVED), "2026-03-02T12:00",
                "ARRIVAL_CHECK", null, null, false),
            // --- PLATFORM_REFUND_WINDOW: 24h, 72h for an unactivated data package, or the case's own hours ---
            row("24 hours for a top-up", s -> s.paid("2026-11-20T10:00"), "2026-11-20T12:00",
                "PLATFORM_REFUND_WINDOW", "2026-11-21T10:00+08:00", OPEN, false, "24 小时", "一般情形"),
            // issue 11 §2 (DOMAIN.md §9, source 003): 72h only for an unactivated package bought twice or the wrong one
            row("72 hours for an unactivated data package bought twice", s -> s.kind(ProblemKind.DUPLICATE_PURCHASE)
                        .product(ProductType.DATA_PACKAGE, DeliveryMode.DIRECT_TOPUP).paid("2026-11-20T10:00"),
                "2026-11-20T12:00", "PLATFORM_REFUND_WINDOW", "2026-11-23T10:00+08:00", OPEN, false, "72 小时", "未激活的流量包，重复购买或买错"),
            row("72 hours for the wrong unactivated data package", s -> s.kind(ProblemKind.WRONG_PACKAGE)
                        .product(ProductType.DATA_PACKAGE, DeliveryMode.DIRECT_TOPUP).paid("2026-11-20T10:00"),
                "2026-11-20T12:00", "PLATFORM_REFUND_WINDOW", "2026-11-23T10:00+08:00", OPEN, false, "72 小时"),
            row("24 hours for a data package that never arrived, like phone credit", s -> s.product(ProductType.DATA_PACKAGE, DeliveryMode.DIRECT_TOPUP)
                        .paid("2026-11-20T10:00"),
                "2026-11-20T12:00", "PLATFORM_REFUND_WINDOW", "2026-11-21T10:00+08:00", OPEN, false, "24 小时", "一般情形"),
            row("24 hours once the data package bought twice is activated", s -> s.kind(ProblemKind.DUPLICATE_PURCHASE)
                        .product(ProductType.DATA_PACKAGE, DeliveryMode.DIRECT_TOPUP).activated().paid("2026-11-20T10:00"),
                "2026-11-20T12:00", "PLATFORM_REFUND_WINDOW", "2026-11-21T10:00+08:00", OPEN, false),
            // issue 11 §2: clocks that cannot apply are not planned (never shown as missed)
            row("no platform window on a platform that is gone", s -> s.platform(org.refunddesk.domain.PlatformStatus.GONE),
                "2026-11-20T12:00", "PLATFORM_REFUND_WINDOW", null, null, false),
            row("no platform window when the platform shut down", s -> s.kind(ProblemKind.PLATFORM_GONE),
                "2026-11-20T12:00", "PLATFORM_REFUND_WINDOW", null, null, false),
            row("no platform window for a payment that never reached the platform", s -> s.kind(ProblemKind.PAYMENT_NOT_RECEIVED),
                "2026-11-20T12:00", "PLATFORM_REFUND_WINDOW", null, null, false),
            row("the platform's own 48 hours win", s -> s.window(48).paid("2026-11-20T10:00"), "2026-11-20T12:00",
                "PLATFORM_REFUND_WINDOW", "2026-11-22T10:00+08:00", OPEN, false, "按本案平台条款"),
            row("a refund application inside the window meets it", s -> s.paid("2026-11-20T10:00").event(REFUND_APPLIED, "2026-11-20T20:00"),
                "2026-11-21T12:00", "PLATFORM_REFUND_WINDOW", "2026-11-21T10:00+08:00", MET, false, "以「申请退款」完成"),
            row("an application after the window does not", s -> s.paid("2026-11-20T10:00").event(REFUND_APPLIED, "2026-11-22T09:00"),
                "2026-11-23T12:00", "PLATFORM_REFUND_WINDOW", "2026-11-21T10:00+08:00", MISSED, false, "晚于期限，不算按时完成"),
            row("hours ignore the Spring Festival", s -> s.paid("2026-02-14T18:00"), "2026-02-15T12:00",
                "PLATFORM_REFUND_WINDOW", "2026-02-15T18:00+08:00", OPEN, false),
            // --- SUPPLEMENT_REPLY: 24h from each request ---
            row("supplement due 24h after the request", s -> s.event(SUPPLEMENT_REQUESTED, "2026-11-20T10:00"), "2026-11-20T12:00",
                "SUPPLEMENT_REPLY", "2026-11-21T10:00+08:00", OPEN, false, "要求补充证据 2026-11-20 (周五) 10:00 起算"),
            row("each request has its own clock; a later supplement meets the second",
                s -> s.event(SUPPLEMENT_REQUESTED, "2026-11-10T09:00").event(SUPPLEMENT_REQUESTED, "2026-11-18T15:30")
                        .event(SUPPLEMENT_SENT, "2026-11-19T10:00"), "2026-11-21T10:00",
                "SUPPLEMENT_REPLY", "2026-11-19T15:30+08:00", MET, false),
            row("...and is too late for the first", s -> s.event(SUPPLEMENT_REQUESTED, "2026-11-10T09:00").event(SUPPLEMENT_REQUESTED, "2026-11-18T15:30")
                        .event(SUPPLEMENT_SENT, "2026-11-19T10:00"), "2026-11-21T10:00",
                "SUPPLEMENT_REPLY", "2026-11-11T09:00+08:00", MISSED, false, "晚于期限"),
            // --- REVIEW_FOLLOW_UP: 3 working days after the latest application ---
            row("Spring Festival: 02-13, adjusted Sat 02-14, skip 02-15..02-23, 02-24",
                s -> s.event(REFUND_APPLIED, "2026-02-12T09:00"), "2026-02-20T10:00",
                "REVIEW_FOLLOW_UP", "2026-02-25T00:00+08:00", OPEN, false, "申请退款 2026-02-12 (周四) 09:00 起算，不含当日",
                "第1个工作日 02-13 (周五)", "02-14 (周六) 为调休工作日，计第2个工作日", "春节假期 02-15 至 02-23 跳过",
                "第3个工作日 02-24 (周二)", "截止 2026-02-24 (周二) 24:00（即 2026-02-25T00:00+08:00）"),
            row("the latest application counts; approval meets it (11-17, 11-18, 11-19)",
                s -> s.event(REFUND_APPLIED, "2026-11-02T09:00").event(REFUND_APPLIED, "2026-11-16T09:00").event(REFUND_APPROVED, "2026-11-18T16:00"),
                "2026-11-21T10:00", "REVIEW_FOLLOW_UP", "2026-11-20T00:00+08:00", MET, false, "以「退款已批准」完成"),
            row("a Friday application skips the weekend (11-23, 11-24, 11-25)", s -> s.event(REFUND_APPLIED, "2026-11-20T16:00"),
                "2026-11-21T10:00", "REVIEW_FOLLOW_UP", "2026-11-26T00:00+08:00", OPEN, false, "周末 11-21 至 11-22 跳过"),
            row("National Day: skip 10-01..10-07, 10-08, 10-09, adjusted Sat 10-10",
                s -> s.event(REFUND_APPLIED, "2026-09-30T10:00"), "2026-10-05T10:00",
                "REVIEW_FOLLOW_UP", "2026-10-11T00:00+08:00", OPEN, false, "国庆节假期 10-01 至 10-07 跳过", "10-10 (周六) 为调休工作日，计第3个工作日"),
            // --- REFUND_ARRIVAL: by payment channel, in working days after approval ---
            row("Alipay 3 (11-19, 11-20, 11-23)", s -> s.event(REFUND_APPROVED, "2026-11-18T10:00"), "2026-11-21T10:00",
                "REFUND_ARRIVAL", "2026-11-24T00:00+08:00", OPEN, false, "3 个工作日（支付宝）"),
            row("bank card 5 (11-19 .. 11-25)", s -> s.payment(PaymentChannel.BANK_CARD).event(REFUND_APPROVED, "2026-11-18T10:00"),
                "2026-11-21T10:00", "REFUND_ARRIVAL", "2026-11-26T00:00+08:00", OPEN, false, "5 个工作日"),
            row("aggregator 7 (11-19 .. 11-27)", s -> s.payment(PaymentChannel.AGGREGATOR).event(REFUND_APPROVED, "2026-11-18T10:00"),
                "2026-11-21T10:00", "REFUND_ARRIVAL", "2026-11-28T00:00+08:00", OPEN, false, "7 个工作日"),
            row("platform balance 1 (Fri 11-20 → Mon 11-23)", s -> s.payment(PaymentChannel.PLATFORM_BALANCE).event(REFUND_APPROVED, "2026-11-20T10:00"),
                "2026-11-21T10:00", "REFUND_ARRIVAL", "2026-11-24T00:00+08:00", OPEN, false, "1 个工作日"),
            row("WeChat 3 over the adjusted Sat 02-28 (02-27, 02-28, 03-02)", s -> s.payment(PaymentChannel.WECHAT).event(REFUND_APPROVED, "2026-02-26T10:00"),
                "2026-02-27T10:00", "REFUND_ARRIVAL", "2026-03-03T00:00+08:00", OPEN, false, "02-28 (周六) 为调休工作日", "周末 03-01 跳过"),
            row("unknown payment channel: the longest, 7", s -> s.payment(null).event(REFUND_APPROVED, "2026-11-18T10:00"),
                "2026-11-21T10:00", "REFUND_ARRIVAL", "2026-11-28T00:00+08:00", OPEN, false, "支付渠道未知"),
            row("received meets it", s -> s.event(REFUND_APPROVED, "2026-11-18T10:00").received("2026-11-19T10:00", null),
                "2026-11-21T10:00", "REFUND_ARRIVAL", "2026-11-24T00:00+08:00", MET, false, "以「退款已到账」完成"),
            row("into 2027 without a notice: weekends only, an estimate (12-29, 12-30, 12-31, 01-01, 01-04)",
                s -> s.payment(PaymentChannel.BANK_CARD).event(REFUND_APPROVED, "2026-12-28T10:00"), "2026-12-29T10:00",
                "REFUND_ARRIVAL", "2027-01-05T00:00+08:00", OPEN, true, "2027 年的放假安排尚未公布", "估计值"),
            // --- DEMAND_DEADLINE: the letter's date, else 7 calendar days, moved off rest days ---
            row("7 days from Fri 11-20 is Fri 11-27", s -> s.event(DEMAND_SENT, "2026-11-20T09:00"), "2026-11-21T10:00",
                "DEMAND_DEADLINE", "2026-11-28T00:00+08:00", OPEN, false, "第7日为 2026-11-27 (周五)"),
            row("day 7 on a Saturday moves to Monday", s -> s.event(DEMAND_SENT, "2026-11-14T10:00"), "2026-11-21T10:00",
                "DEMAND_DEADLINE", "2026-11-24T00:00+08:00", OPEN, false, "第7日为 2026-11-21 (周六)，为休息日（周末）", "顺延至下一个工作日 2026-11-23 (周一)"),
            row("day 7 in National Day moves past the holiday", s -> s.event(DEMAND_SENT, "2026-09-26T10:00"), "2026-10-05T10:00",
                "DEMAND_DEADLINE", "2026-10-09T00:00+08:00", OPEN, false, "国庆节假期", "2026-10-08 (周四)"),
            row("day 7 on the adjusted Sat 02-14 stays", s -> s.event(DEMAND_SENT, "2026-02-07T10:00"), "2026-02-10T10:00",
                "DEMAND_DEADLINE", "2026-02-15T00:00+08:00", OPEN, false, "第7日为 2026-02-14 (周六)；截止"),
            row("the letter's own deadline, met by approval", s -> s.demand("2026-11-20T09:00", "2026-11-30T18:00").event(REFUND_APPROVED, "2026-11-25T10:00"),
                "2026-11-26T10:00", "DEMAND_DEADLINE", "2026-11-30T18:00+08:00", MET, false, "催告函载明的期限为 2026-11-30 (周一) 18:00"),
            // --- PAYMENT_DISPUTE_RESULT: 15 working days, answered on that channel ---
            row("15 working days through Mid-Autumn, National Day and both adjusted days (→ 10-15)",
                s -> s.event(COMPLAINT_FILED, "2026-09-19T09:00", PAYMENT_PROVIDER), "2026-10-10T10:00",
                "PAYMENT_DISPUTE_RESULT", "2026-10-16T00:00+08:00", OPEN, false, "09-20 (周日) 为调休工作日，计第1个工作日",
                "中秋节假期 09-25 至 09-27 跳过", "国庆节假期 10-01 至 10-07 跳过", "10-10 (周六) 为调休工作日，计第11个工作日", "第15个工作日 10-15 (周四)"),
            row("an answer on another channel does not meet it", s -> s.event(COMPLAINT_FILED, "2026-11-02T09:00", PAYMENT_PROVIDER)
                        .event(COMPLAINT_ANSWERED, "2026-11-05T09:00", REGULATOR_12315), "2026-11-21T10:00",
                "PAYMENT_DISPUTE_RESULT", "2026-11-24T00:00+08:00", OPEN, false),
            row("the provider's answer meets it", s -> s.event(COMPLAINT_FILED, "2026-11-02T09:00", PAYMENT_PROVIDER)
                        .event(COMPLAINT_ANSWERED, "2026-11-10T09:00", PAYMENT_PROVIDER), "2026-11-21T10:00",
                "PAYMENT_DISPUTE_RESULT", "2026-11-24T00:00+08:00", MET, false),
            // --- REGULATOR_ACCEPTANCE / REGULATOR_MEDIATION ---
            row("12315 acceptance: 7 working days (09-20 adjusted .. 09-29)", s -> s.event(COMPLAINT_FILED, "2026-09-18T09:00", REGULATOR_12315),
                "2026-10-01T10:00", "REGULATOR_ACCEPTANCE", "2026-09-30T00:00+08:00", MISSED, false, "已投诉（12315/市场监管） 2026-09-18 (周五) 09:00",
                "中秋节假期 09-25 至 09-27 跳过", "未见「投诉已受理 / 投诉已答复」"),
            row("acceptance meets it", s -> s.event(COMPLAINT_FILED, "2026-09-18T09:00", REGULATOR_12315).event(COMPLAINT_ACCEPTED, "2026-09-22T09:00", REGULATOR_12315),
                "2026-10-01T10:00", "REGULATOR_ACCEPTANCE", "2026-09-30T00:00+08:00", MET, false),
            row("a complaint elsewhere starts no regulator clock", s -> s.event(COMPLAINT_FILED, "2026-09-18T09:00", CONSUMER_ASSOCIATION),
                "2026-10-01T10:00", "REGULATOR_ACCEPTANCE", null, null, false),
            row("mediation: 45 working days from Mon 01-05 through the Spring Festival → Fri 03-13",
                s -> s.event(COMPLAINT_ACCEPTED, "2026-01-05T10:00", REGULATOR_12315), "2026-03-01T10:00",
                "REGULATOR_MEDIATION", "2026-03-14T00:00+08:00", OPEN, false, "02-14 (周六) 为调休工作日，计第30个工作日",
                "02-28 (周六) 为调休工作日，计第35个工作日", "第45个工作日 03-13 (周五)"),
            // --- SMALL_CLAIMS_JUDGMENT: 2 months ---
            row("2 months from 08-20 is 10-20", s -> s.event(COMPLAINT_FILED, "2026-08-20T10:00", SMALL_CLAIMS_COURT), "2026-09-01T10:00",
                "SMALL_CLAIMS_JUDGMENT", "2026-10-21T00:00+08:00", OPEN, false, "2个月后的对应日为 2026-10-20 (周二)"),
            row("2 months from 08-05 lands on National Day and moves to 10-08", s -> s.event(COMPLAINT_FILED, "2026-08-05T10:00", SMALL_CLAIMS_COURT),
                "2026-09-01T10:00", "SMALL_CLAIMS_JUDGMENT", "2026-10-09T00:00+08:00", OPEN, false, "为休息日（国庆节假期）"),
            row("from 12-31: no Feb 31, month end Sun 2027-02-28, estimated, moved to 03-01",
                s -> s.event(COMPLAINT_FILED, "2026-12-31T10:00", SMALL_CLAIMS_COURT), "2027-01-05T10:00",
                "SMALL_CLAIMS_JUDGMENT", "2027-03-02T00:00+08:00", OPEN, true, "该月无对应日，取月末日", "2027-03-01 (周一)", "估计值"),
            // --- LIMITATION_PERIOD: 3 years, restarts, rest days ---
            row("ends on a holiday (2023-09-30) and moves to the adjusted Sat 10-07",
                s -> s.discovered("2020-09-30T12:00").paid("2020-09-30T11:00"), "2023-10-05T10:00",
                "LIMITATION_PERIOD", "2023-10-08T00:00+08:00", OPEN, false, "发现问题 2020-09-30 (周三) 12:00 起算",
                "3年后的对应日为 2023-09-30 (周六)，为休息日（中秋节、国庆节假期）", "顺延至下一个工作日 2023-10-07 (周六)"),
            row("ends on a Saturday and still runs on Sunday", s -> s.discovered("2020-11-25T12:00").paid("2020-11-25T11:00"), "2023-11-26T12:00",
                "LIMITATION_PERIOD", "2023-11-28T00:00+08:00", OPEN, false, "为休息日（周末）", "2023-11-27 (周一)"),
            row("past it, missed", s -> s.discovered("2020-11-02T12:00").paid("2020-11-02T11:00"), "2026-11-21T10:00",
                "LIMITATION_PERIOD", "2023-11-03T00:00+08:00", MISSED, false),
            row("a refund application on the platform restarts it (2024-03-10 is a Sunday)",
                s -> s.discovered("2020-11-02T12:00").paid("2020-11-02T11:00").event(REFUND_APPLIED, "2021-03-10T10:00", PLATFORM), "2023-12-01T10:00",
                "LIMITATION_PERIOD", "2024-03-12T00:00+08:00", OPEN, false, "因「申请退款（平台退款入口）」（2021-03-10 (周三)）中断：向经营者提出的请求已到达对方",
                "自 2021-03-10 (周三) 重新起算"),
            row("a payment-provider complaint does not restart it, and says so",
                s -> s.discovered("2020-11-02T12:00").paid("2020-11-02T11:00").event(COMPLAINT_FILED, "2021-05-06T10:00", PAYMENT_PROVIDER)
                        .event(COMPLAINT_FILED, "2021-06-07T10:00", COMPLAINT_SITE), "2023-11-01T10:00",
                "LIMITATION_PERIOD", "2023-11-03T00:00+08:00", OPEN, false, "「已投诉（支付机构）」（2021-05-06 (周四)）不中断时效",
                "「已投诉（投诉平台（黑猫/聚投诉））」（2021-06-07 (周一)）不中断时效"),
            row("a police report restarts it (2022-01-10 + 3 years = Fri 2025-01-10)",
                s -> s.discovered("2020-11-02T12:00").event(COMPLAINT_FILED, "2022-01-10T10:00", POLICE), "2024-01-01T10:00",
                "LIMITATION_PERIOD", "2025-01-11T00:00+08:00", OPEN, false, "因「已投诉（公安报警）」"),
            row("a 12315 complaint restarts it; 2029 has no notice yet", s -> s.discovered("2026-03-02T10:00").event(COMPLAINT_FILED, "2026-06-15T10:00", REGULATOR_12315),
                "2026-11-21T10:00", "LIMITATION_PERIOD", "2029-06-16T00:00+08:00", OPEN, true, "2029 年的放假安排尚未公布"),
            row("the business's acknowledgement restarts it (2024-01-06 Sat → Mon 01-08)",
                s -> s.discovered("2020-11-02T12:00").event(BUSINESS_ACKNOWLEDGED, "2021-01-06T10:00"), "2023-12-01T10:00",
                "LIMITATION_PERIOD", "2024-01-09T00:00+08:00", OPEN, false),
            row("a partial refund restarts it", s -> s.discovered("2020-11-02T12:00").received("2021-01-06T10:00", "50.00"), "2023-12-01T10:00",
                "LIMITATION_PERIOD", "2024-01-09T00:00+08:00", OPEN, false, "因「退款已到账」"),
            row("refunds adding up to the full amount meet it", s -> s.discovered("2020-11-02T12:00").received("2021-01-06T10:00", "50.00")
                        .received("2021-02-01T10:00", "50.00"), "2026-11-21T10:00",
                "LIMITATION_PERIOD", "2024-01-09T00:00+08:00", MET, false, "以「退款已到账」完成"),
            row("closing the case meets it", s -> s.discovered("2026-03-02T10:00").event(CASE_CLOSED, "2026-04-01T10:00"), "2026-11-21T10:00",
                "LIMITATION_PERIOD", "2029-03-03T00:00+08:00", MET, true),
            row("without a discovery date it runs from payment", s -> s.paid("2020-11-02T11:00"), "2026-11-21T10:00",
                "LIMITATION_PERIOD", "2023-11-03T00:00+08:00", MISSED, false, "付款 2020-11-02 (周一) 11:00 起算"),
            row("a demand after it ran out revives nothing", s -> s.discovered("2020-11-02T12:00").event(DEMAND_SENT, "2024-01-10T10:00"),
                "2026-11-21T10:00", "LIMITATION_PERIOD", "2023-11-03T00:00+08:00", MISSED, false, "在时效届满之后，不再中断"),
            row("a voided application does not restart it", s -> s.discovered("2020-11-02T12:00").voided(REFUND_APPLIED, "2021-03-10T10:00"),
                "2023-11-01T10:00", "LIMITATION_PERIOD", "2023-11-03T00:00+08:00", OPEN, false),
            row("events after now have not happened yet", s -> s.discovered("2020-11-02T12:00").event(REFUND_APPLIED, "2023-11-02T10:00"),
                "2023-11-01T10:00", "LIMITATION_PERIOD", "2023-11-03T00:00+08:00", OPEN, false)
        );
    }

    /** Issue 11 §1: each act on each channel, restart or not, on its own row. */
    private static final String RESTART_DUE = "2024-03-12T00:00+08:00";
    private static final String NO_RESTART_DUE = "2023-11-03T00:00+08:00";

    /**
     * Issue 11 §1, worked by hand. Discovered 2020-11-02 12:00: the period ends 2023-11-02 (Thu), due
     * 2023-11-03 00:00. An act on 2021-03-10 (Wed) that restarts it (Civil Code art. 195; SPC limitation
     * rules art. 8 demand reaching the obligor, art. 12 request to a dispute body, art. 13 police report,
     * art. 14 agreement / part payment) moves the end to 2024-03-10, a Sunday, so Mon 2024-03-11, due
     * 2024-03-12 00:00. One that doesn't (payment provider, industry body, complaint site: not the obligor
     * nor a body those articles list; no channel recorded: not shown to have reached the business;
     * voided) leaves 2023-11-03. Now is 2023-11-01 10:00: both still open.
     */
    static Stream<Row> limitationPairs() {
        String d = "2021-03-10T10:00";
        String now = "2023-11-01T10:00";
        UnaryOperator<CaseSketch> base = s -> s.discovered("2020-11-02T12:00").paid("2020-11-02T11:00");
        String demand = "向经营者提出的请求已到达对方";
        String filing = "向法律认可的机构提出请求";
        String agreement = "经营者同意履行";
        String part = "经营者部分履行";
        return Stream.of(
            row("restart: refund applied on the platform (SPC art. 8)", s -> base.apply(s).event(REFUND_APPLIED, d, PLATFORM), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, demand),
            row("restart: refund applied through customer service (SPC art. 8)", s -> base.apply(s).event(REFUND_APPLIED, d, CUSTOMER_SERVICE), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, demand),
            row("restart: demand sent to the platform (SPC art. 8)", s -> base.apply(s).event(DEMAND_SENT, d, PLATFORM), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, "因「已发催告函（平台退款入口）」（2021-03-10 (周三)）中断", demand),
            row("restart: demand sent to customer service (SPC art. 8)", s -> base.apply(s).event(DEMAND_SENT, d, CUSTOMER_SERVICE), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, demand),
            row("restart: complaint to 12315 (SPC art. 12)", s -> base.apply(s).event(COMPLAINT_FILED, d, REGULATOR_12315), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, filing),
            row("restart: consumer association (SPC art. 12)", s -> base.apply(s).event(COMPLAINT_FILED, d, CONSUMER_ASSOCIATION), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, filing),
            row("restart: small-claims filing (Civil Code 195(3))", s -> base.apply(s).event(COMPLAINT_FILED, d, SMALL_CLAIMS_COURT), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, filing),
            row("restart: police report (SPC art. 13)", s -> base.apply(s).event(COMPLAINT_FILED, d, POLICE), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, filing),
            row("restart: business acknowledged (195(2), SPC art. 14)", s -> base.apply(s).event(BUSINESS_ACKNOWLEDGED, d), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, agreement),
            row("restart: refund approved by the business (195(2))", s -> base.apply(s).event(REFUND_APPROVED, d), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, "因「退款已批准」（2021-03-10 (周三)）中断", agreement),
            row("restart: refund approved on the platform (195(2))", s -> base.apply(s).event(REFUND_APPROVED, d, PLATFORM), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, agreement),
            row("restart: part refund paid by the business, no channel (SPC art. 14)", s -> base.apply(s).received(d, "50.00"), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, part),
            row("restart: part refund through the platform (SPC art. 14)", s -> base.apply(s).received(d, "50.00", PLATFORM), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, part),
            row("restart: part refund through customer service (SPC art. 14)", s -> base.apply(s).received(d, "50.00", CUSTOMER_SERVICE), now,
                "LIMITATION_PERIOD", RESTART_DUE, OPEN, false, part),
            row("no restart: demand sent to the payment provider", s -> base.apply(s).event(DEMAND_SENT, d, PAYMENT_PROVIDER), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "「已发催告函（支付机构）」（2021-03-10 (周三)）不中断时效：支付机构既不是经营者本人"),
            row("no restart: refund applied at the payment provider", s -> base.apply(s).event(REFUND_APPLIED, d, PAYMENT_PROVIDER), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "不中断时效：支付机构"),
            row("no restart: complaint to the payment provider", s -> base.apply(s).event(COMPLAINT_FILED, d, PAYMENT_PROVIDER), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "不中断时效：支付机构"),
            row("no restart: industry body", s -> base.apply(s).event(COMPLAINT_FILED, d, INDUSTRY_BODY), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "不中断时效：行业协会不是法律列明的纠纷处理机构"),
            row("no restart: complaint site", s -> base.apply(s).event(COMPLAINT_FILED, d, COMPLAINT_SITE), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "不中断时效：在公共投诉平台发帖不能视为请求已到达经营者"),
            row("no restart: demand posted on a complaint site", s -> base.apply(s).event(DEMAND_SENT, d, COMPLAINT_SITE), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "不能视为请求已到达经营者"),
            row("no restart: refund approved by the payment provider", s -> base.apply(s).event(REFUND_APPROVED, d, PAYMENT_PROVIDER), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "不中断时效：支付机构"),
            row("no restart: money returned by the payment provider", s -> base.apply(s).received(d, "50.00", PAYMENT_PROVIDER), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "不中断时效：支付机构"),
            row("no restart: demand with no addressee recorded", s -> base.apply(s).event(DEMAND_SENT, d), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "「已发催告函」（2021-03-10 (周三)）不中断时效：未记录向谁提出"),
            row("no restart: refund application with no channel recorded", s -> base.apply(s).event(REFUND_APPLIED, d), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "未记录向谁提出"),
            row("no restart: a voided platform application, and the explanation says so", s -> base.apply(s).voided(REFUND_APPLIED, d, PLATFORM), now,
                "LIMITATION_PERIOD", NO_RESTART_DUE, OPEN, false, "「申请退款（平台退款入口）」（2021-03-10 (周三)）已被更正作废，不计入"),
            row("no revival: a platform demand after the end; the explanation says the period is not revived",
                s -> base.apply(s).event(DEMAND_SENT, "2024-01-10T10:00", PLATFORM), "2026-11-21T10:00",
                "LIMITATION_PERIOD", NO_RESTART_DUE, MISSED, false, "在时效届满之后，不再中断：已届满的时效不因此恢复",
                "对方可以提出时效抗辩"),
            // 2021-03-10 restart → 2024-03-10; 12315 on 2022-05-05 restarts again → 2025-05-05, inside the 2025
            // Labour Day holiday (05-01..05-05), so Tue 05-06, due 05-07 00:00; the complaint site in between is passed over
            row("each restart and each passed-over event is named, in order",
                s -> base.apply(s).event(REFUND_APPLIED, d, PLATFORM).event(COMPLAINT_FILED, "2021-06-07T10:00", COMPLAINT_SITE)
                        .event(COMPLAINT_FILED, "2022-05-05T10:00", REGULATOR_12315), now,
                "LIMITATION_PERIOD", "2025-05-07T00:00+08:00", OPEN, false,
                "因「申请退款（平台退款入口）」（2021-03-10 (周三)）中断",
                "「已投诉（投诉平台（黑猫/聚投诉））」（2021-06-07 (周一)）不中断时效",
                "因「已投诉（12315/市场监管）」（2022-05-05 (周四)）中断", "自 2022-05-05 (周四) 重新起算",
                "为休息日（劳动节假期）", "顺延至下一个工作日 2025-05-06 (周二)")
        );
    }

    static Stream<Row> allRows() {
        return Stream.concat(table(), limitationPairs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRows")
    void deadlineIsDueWhenTheTableSays(Row row) {
        var c = row.setup().apply(CaseSketch.of(ProblemKind.NOT_DELIVERED)).build();
        Instant now = CaseSketch.at(row.now());
        // (rows that set another problem kind do so in their setup)
        List<Deadline> deadlines = DeadlinePlanner.plan(c, now, RuleBooks.builtIn(), WorkingDayCalendars.bundled(), ZH);
        List<Deadline> ofRule = deadlines.stream().filter(d -> d.rule().equals(row.rule())).toList();
        if (row.due() == null) {
            assertThat(ofRule).as("no %s deadline", row.rule()).isEmpty();
            return;
        }
        Instant due = OffsetDateTime.parse(row.due()).toInstant();
        assertThat(ofRule).extracting(Deadline::dueAt).contains(due);
        Deadline d = ofRule.stream().filter(x -> x.dueAt().equals(due)).findFirst().orElseThrow();
        assertThat(d.state()).as("state").isEqualTo(row.state());
        assertThat(d.estimate()).as("estimate").isEqualTo(row.estimate());
        assertThat(d.basis()).isEqualTo(RuleBooks.builtIn().deadline(row.rule()).basis().zh());
        // every explanation names the result: the due instant as written in the table
        assertThat(d.explanation()).contains(row.due());
        for (String fragment : row.explains()) {
            assertThat(d.explanation()).contains(fragment);
        }
    }

    @org.junit.jupiter.api.Test
    void englishExplanationNamesStartSkippedRestDaysAdjustedDaysAndResult() {
        var c = CaseSketch.of(ProblemKind.NOT_DELIVERED).event(REFUND_APPLIED, "2026-02-12T09:00").build();
        Deadline d = DeadlinePlanner.plan(c, CaseSketch.at("2026-02-20T10:00"), RuleBooks.builtIn(),
                WorkingDayCalendars.bundled(), Messages.forTag("en")).stream()
                .filter(x -> x.rule().equals("REVIEW_FOLLOW_UP")).findFirst().orElseThrow();
        assertThat(d.explanation()).contains("Refund applied for 2026-02-12 (Thu) 09:00 starts the count, that day not counted",
                "working day 1: 02-13 (Fri)", "02-14 (Sat) is an adjusted working day, working day 2",
                "Spring Festival holiday 02-15 to 02-23 skipped", "due 2026-02-24 (Tue) 24:00 (2026-02-25T00:00+08:00)");
        assertThat(d.basis()).startsWith("The platform's published refund rules (common practice; check your platform's page)");
    }

    @org.junit.jupiter.api.Test
    void englishEstimateSaysWhichYearHasNoNotice() {
        var c = CaseSketch.of(ProblemKind.NOT_DELIVERED).payment(PaymentChannel.BANK_CARD).event(REFUND_APPROVED, "2026-12-28T10:00").build();
        Deadline d = DeadlinePlanner.plan(c, CaseSketch.at("2026-12-29T10:00"), RuleBooks.builtIn(),
                WorkingDayCalendars.bundled(), Messages.forTag("en")).stream()
                .filter(x -> x.rule().equals("REFUND_ARRIVAL")).findFirst().orElseThrow();
        assertThat(d.estimate()).isTrue();
        assertThat(d.explanation()).endsWith("The 2027 holiday notice is not published yet: that year counts weekends only, so this is an estimate.");
    }

    @org.junit.jupiter.api.Test
    void aNoticeFor2027InTheCalendarRemovesTheEstimate() {
        var days = List.of(new HolidayYear.SpecialDay(java.time.LocalDate.parse("2027-01-01"), "元旦", true));
        var years = new java.util.ArrayList<HolidayYear>();
        years.add(new HolidayYear(2026, List.of("https://www.gov.cn/example"), List.of(), "test 2026"));
        years.add(new HolidayYear(2027, List.of("https://www.gov.cn/example"), days, "test 2027"));
        var c = CaseSketch.of(ProblemKind.NOT_DELIVERED).payment(PaymentChannel.BANK_CARD).event(REFUND_APPROVED, "2026-12-28T10:00").build();
        Deadline d = DeadlinePlanner.plan(c, CaseSketch.at("2026-12-29T10:00"), RuleBooks.builtIn(),
                WorkingDayCalendar.of(years), ZH).stream().filter(x -> x.rule().equals("REFUND_ARRIVAL")).findFirst().orElseThrow();
        // 12-29, 12-30, 12-31, (01-01 New Year's Day skipped), 01-04, 01-05
        assertThat(d.dueAt()).isEqualTo(OffsetDateTime.parse("2027-01-06T00:00+08:00").toInstant());
        assertThat(d.estimate()).isFalse();
        assertThat(d.explanation()).contains("元旦假期 2027-01-01 至 2027-01-03 跳过");
    }
}
