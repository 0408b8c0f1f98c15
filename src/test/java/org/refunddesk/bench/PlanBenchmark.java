package org.refunddesk.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBook;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;

/**
 * Not a unit test: plans every deadline (explanations included) of 100,000 generated cases and prints
 * the wall time per round, single-threaded and on all cores. See bench/README.md for how to run it.
 */
public final class PlanBenchmark {
    private static final Instant NOW = OffsetDateTime.parse("2026-11-21T10:00:00+08:00").toInstant();
    private static final Instant YEAR_START = OffsetDateTime.parse("2026-01-01T00:00:00+08:00").toInstant();

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        int caseCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<RefundCase> cases = generate(caseCount, new Random(42));
        RuleBook book = RuleBooks.builtIn();
        WorkingDayCalendar calendar = WorkingDayCalendars.bundled();
        Messages zh = Messages.forTag("zh");
        System.out.printf("%d cases, %d cores, Java %s%n", caseCount, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        for (int mode = 0; mode < 4; mode++) {
            boolean parallel = mode % 2 == 1;
            boolean explain = mode < 2;
            List<Long> times = new ArrayList<>();
            long deadlines = 0;
            long chars = 0;
            for (int r = 0; r < rounds; r++) {
                AtomicLong count = new AtomicLong();
                AtomicLong text = new AtomicLong();
                long t0 = System.nanoTime();
                (parallel ? cases.parallelStream() : cases.stream()).forEach(c -> {
                    List<Deadline> planned = explain ? DeadlinePlanner.plan(c, NOW, book, calendar, zh)
                            : DeadlinePlanner.planWithoutExplanations(c, NOW, book, calendar, zh);
                    count.addAndGet(planned.size());
                    long n = 0;
                    for (Deadline d : planned) {
                        n += d.explanation().length();
                    }
                    text.addAndGet(n);
                });
                times.add((System.nanoTime() - t0) / 1_000_000);
                deadlines = count.get();
                chars = text.get();
            }
            List<Long> measured = new ArrayList<>(times.subList(rounds / 2, rounds));
            measured.sort(null);
            String label = (explain ? "plan, " : "no explanations, ") + (parallel ? "parallel" : "1 thread");
            System.out.printf("%-28s rounds (ms): %s%n", label, times);
            System.out.printf("%-28s after warm-up: best %d ms, median %d ms; %d deadlines, %d explanation chars per round%n",
                    "", measured.get(0), measured.get(measured.size() / 2), deadlines, chars);
        }
    }

    /** Cases spread over every problem kind, product, payment channel and the events that start clocks. */
    public static List<RefundCase> generate(int n, Random random) {
        ProblemKind[] kinds = ProblemKind.values();
        ProductType[] products = ProductType.values();
        PaymentChannel[] payments = PaymentChannel.values();
        Channel[] channels = Channel.values();
        List<RefundCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant paid = YEAR_START.plusSeconds(random.nextInt(320 * 86_400));
            ProductType product = products[random.nextInt(products.length)];
            DeliveryMode delivery = product == ProductType.CARD_KEY || product == ProductType.GAME_CARD
                    ? DeliveryMode.CARD_KEY : DeliveryMode.DIRECT_TOPUP;
            Purchase purchase = new Purchase("ORD-" + i, product, delivery, BigDecimal.valueOf(10 + random.nextInt(5000)),
                    paid, payments[random.nextInt(payments.length)], null, null, null);
            Problem problem = new Problem(kinds[random.nextInt(kinds.length)], paid.plusSeconds(random.nextInt(86_400)),
                    random.nextBoolean(), random.nextInt(4) == 0, random.nextInt(4) == 0, random.nextInt(8) == 0,
                    random.nextInt(5) == 0 ? 48 : null);
            List<CaseEvent> events = new ArrayList<>();
            Instant t = paid.plusSeconds(600 + random.nextInt(7_200));
            EventType[] flow = {EventType.REFUND_APPLIED, EventType.SUPPLEMENT_REQUESTED, EventType.SUPPLEMENT_SENT,
                EventType.REFUND_APPROVED, EventType.DEMAND_SENT, EventType.COMPLAINT_FILED, EventType.COMPLAINT_ACCEPTED,
                EventType.REFUND_RECEIVED};
            int steps = random.nextInt(flow.length + 1);
            for (int s = 0; s < steps; s++) {
                EventType type = flow[random.nextInt(flow.length)];
                Channel channel = type == EventType.COMPLAINT_FILED || type == EventType.COMPLAINT_ACCEPTED
                        ? channels[random.nextInt(channels.length)] : null;
                events.add(CaseEvent.of(type, t, channel));
                t = t.plusSeconds(3_600 + random.nextInt(5 * 86_400));
            }
            cases.add(new RefundCase(null, "case " + i, null, null, null, new Platform("P" + (i % 50), null, null, null, null),
                    purchase, problem, events, null, null, null, null, null));
        }
        return cases;
    }
}
