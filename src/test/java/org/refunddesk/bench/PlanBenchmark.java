package org.refunddesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

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
 * Not a unit test: times planning the deadlines of 100,000 generated cases, and separately writing every
 * one of their explanations, single-threaded and on all cores. See bench/README.md for what each line
 * measures and how to run it.
 */
public final class PlanBenchmark {
    private static final Instant NOW = OffsetDateTime.parse("2026-11-21T10:00:00+08:00").toInstant();
    private static final Instant YEAR_START = OffsetDateTime.parse("2026-01-01T00:00:00+08:00").toInstant();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        int caseCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<RefundCase> cases = generate(caseCount, new Random(42));
        RuleBook book = RuleBooks.builtIn();
        WorkingDayCalendar calendar = WorkingDayCalendars.bundled();
        Messages zh = Messages.forTag("zh");
        System.out.printf("%d cases, %d cores available, Java %s, load average %.2f%n", caseCount,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), OS.getSystemLoadAverage());
        Function<RefundCase, List<Deadline>> plan = c -> DeadlinePlanner.plan(c, NOW, book, calendar, zh);
        // untimed passes over every measured path first, so the first figure is not the one paying for the JIT
        for (int w = 0; w < 3; w++) {
            sum(cases, false, c -> chars(plan.apply(c)));
            sum(cases, false, c -> DeadlinePlanner.planWithoutExplanations(c, NOW, book, calendar, zh).size());
        }
        for (boolean parallel : new boolean[] {false, true}) {
            measure("plan", parallel, rounds, () -> null, ignored -> sum(cases, parallel, c -> plan.apply(c).size()));
            // planned untimed before each round, so every explanation is still unwritten when the clock starts
            measure("render explanations", parallel, rounds, () -> planAll(cases, plan),
                    planned -> renderAndDrop(planned, parallel));
            measure("plan + render", parallel, rounds, () -> null,
                    ignored -> sum(cases, parallel, c -> chars(plan.apply(c))));
            measure("planWithoutExplanations", parallel, rounds, () -> null, ignored -> sum(cases, parallel,
                    c -> DeadlinePlanner.planWithoutExplanations(c, NOW, book, calendar, zh).size()));
        }
    }

    /** Runs {@code rounds} rounds (the first half warm-up), printing wall time and, single-threaded, CPU time. */
    private static <T> void measure(String what, boolean parallel, int rounds, Supplier<T> untimedSetup,
                                    ToLongFunction<T> work) {
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long result = 0;
        double loadBefore = OS.getSystemLoadAverage();
        for (int r = 0; r < rounds; r++) {
            T input = untimedSetup.get();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = work.applyAsLong(input);
            wall.add((System.nanoTime() - t0) / 1_000_000);
            cpu.add((THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
        }
        String label = what + (parallel ? ", parallel" : ", 1 thread");
        String unit = what.startsWith("render") || what.startsWith("plan +") ? "explanation chars" : "deadlines";
        System.out.printf("%-40s wall ms per round: %s%n", label, wall);
        System.out.printf("%-40s after warm-up: best %d ms, median %d ms wall", "", best(wall, rounds), median(wall, rounds));
        if (!parallel) {
            // the CPU time of this thread leaves out the time other processes had the core: steadier on a busy machine
            System.out.printf("; best %d ms, median %d ms CPU", best(cpu, rounds), median(cpu, rounds));
        }
        System.out.printf("; %d %s; load average %.2f -> %.2f%n", result, unit, loadBefore, OS.getSystemLoadAverage());
    }

    private static long best(List<Long> times, int rounds) {
        return measured(times, rounds).get(0);
    }

    private static long median(List<Long> times, int rounds) {
        List<Long> m = measured(times, rounds);
        return m.get(m.size() / 2);
    }

    private static List<Long> measured(List<Long> times, int rounds) {
        List<Long> m = new ArrayList<>(times.subList(rounds / 2, rounds));
        m.sort(null);
        return m;
    }

    /** A per-case figure summed over all cases; nothing is kept, as when a list takes what it shows and moves on. */
    private static long sum(List<RefundCase> cases, boolean parallel, ToLongFunction<RefundCase> perCase) {
        if (parallel) {
            return cases.parallelStream().mapToLong(perCase).sum();
        }
        long sum = 0;
        for (RefundCase c : cases) {
            sum += perCase.applyAsLong(c);
        }
        return sum;
    }

    /** Every case's deadlines, explanations not yet written. */
    private static List<List<Deadline>> planAll(List<RefundCase> cases, Function<RefundCase, List<Deadline>> plan) {
        List<List<Deadline>> all = new ArrayList<>(cases.size());
        for (RefundCase c : cases) {
            all.add(plan.apply(c));
        }
        return all;
    }

    /**
     * Writes every explanation once. Each case's deadlines are let go once written, so the timing is the
     * writing and not the garbage collector moving 80 million retained characters around.
     */
    private static long renderAndDrop(List<List<Deadline>> planned, boolean parallel) {
        if (parallel) {
            return IntStream.range(0, planned.size()).parallel().mapToLong(i -> chars(planned.set(i, null))).sum();
        }
        long total = 0;
        for (int i = 0; i < planned.size(); i++) {
            total += chars(planned.set(i, null));
        }
        return total;
    }

    /** Writes these explanations; their length keeps the work from being optimised away. */
    private static long chars(List<Deadline> deadlines) {
        long n = 0;
        for (Deadline d : deadlines) {
            n += d.explanation().length();
        }
        return n;
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
