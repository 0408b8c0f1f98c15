package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.PinyinInitials;
import org.refunddesk.ui.CaseInsight;

/**
 * The presorted list shows exactly what a plain scan of every case (its key built afresh) followed by a stable
 * sort shows, for seeded random rows, sort orders and queries typed letter by letter (full-width, pinyin, several
 * words, backspace).
 */
class PresortedRowsTest {
    private static final String[] TITLES = {"话费没到账", "游戏点卡充错", "流量包未生效", "卡密无效", "会员充值失败"};
    private static final String[] PLATFORMS = {"蓝海卡盟", "星辰卡盟", "快充网", "Card Shop", "月亮数码"};
    private static final String[] NAMES = {"王小明", "李华", "张伟", "Anna Li", "陈静"};
    private static final Instant BASE = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void everyKeystrokeShowsWhatAPlainScanAndStableSortShow() {
        Random random = new Random(14);
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(row(random, i));
        }
        List<List<PresortedRows.SortKey>> orders = List.of(List.of(),
                List.of(key(r -> r.insight().nextDeadline(), Comparator.nullsLast(Comparator.comparing(Deadline::dueAt)), false)),
                List.of(key(r -> r.refundCase().title(), Comparator.nullsFirst(Comparator.<String>naturalOrder()), true),
                        key(r -> r.refundCase().purchase().amount(), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()), false)));
        PresortedRows presorted = new PresortedRows();
        presorted.setRows(rows);
        String typed = "";
        for (int q = 0; q < 60; q++) {
            List<PresortedRows.SortKey> order = orders.get(random.nextInt(orders.size()));
            // a new order keeps the query typed so far
            assertThat(presorted.sortBy(order)).containsExactlyElementsOf(plain(rows, order, typed));
            String query = query(random, rows.get(random.nextInt(rows.size())));
            for (int i = 1; i <= query.length(); i++) {
                typed = query.substring(0, i);
                assertThat(presorted.filter(typed)).as(typed).containsExactlyElementsOf(plain(rows, order, typed));
            }
            for (int i = query.length() - 1; i >= 0; i -= 2) {
                typed = query.substring(0, i);
                assertThat(presorted.filter(typed)).as(typed).containsExactlyElementsOf(plain(rows, order, typed));
            }
        }
    }

    @Test
    void newRowsAreSortedAndFilteredByTheCurrentOrderAndQuery() {
        Random random = new Random(7);
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row(random, i));
        }
        List<PresortedRows.SortKey> byTitle = List.of(key(r -> r.refundCase().title(), Comparator.<String>naturalOrder(), false));
        PresortedRows presorted = new PresortedRows();
        presorted.sortBy(byTitle);
        presorted.filter("卡");
        rows.add(0, row(random, 99));
        assertThat(presorted.setRows(rows)).containsExactlyElementsOf(plain(rows, byTitle, "卡"));
        assertThat(presorted.shown()).containsExactlyElementsOf(plain(rows, byTitle, "卡"));
    }

    private static List<CaseRow> plain(List<CaseRow> rows, List<PresortedRows.SortKey> order, String query) {
        List<CaseRow> matching = new ArrayList<>(rows.stream().filter(r -> CaseSearch.matching(query).test(r.refundCase())).toList());
        Comparator<CaseRow> comparator = (a, b) -> 0;
        for (PresortedRows.SortKey k : order) {
            Comparator<CaseRow> level = (a, b) -> k.comparator().compare(k.value().apply(a), k.value().apply(b));
            comparator = comparator.thenComparing(k.descending() ? level.reversed() : level);
        }
        matching.sort(comparator); // List.sort is stable: ties in store order
        return matching;
    }

    @SuppressWarnings("unchecked")
    private static <T> PresortedRows.SortKey key(Function<CaseRow, T> value, Comparator<T> comparator, boolean descending) {
        return new PresortedRows.SortKey(value, (Comparator<Object>) (Comparator<?>) comparator, descending);
    }

    /** A part of the row's title, platform, order number, name or pinyin, sometimes full-width or two words. */
    private static String query(Random random, CaseRow row) {
        RefundCase c = row.refundCase();
        String source = switch (random.nextInt(6)) {
            case 0 -> c.title();
            case 1 -> c.platform().name();
            case 2 -> c.purchase().orderNo();
            case 3 -> PinyinInitials.of(c.platform().name()) == null ? c.consumer().name() : PinyinInitials.of(c.platform().name());
            case 4 -> PinyinInitials.of(c.title()) + " " + c.consumer().phone().substring(3, 6);
            default -> fullWidth(c.purchase().orderNo().toUpperCase());
        };
        int from = random.nextInt(Math.max(1, source.length() / 2));
        return source.substring(from);
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            out.append(ch > ' ' && ch < 0x7F ? (char) (ch + 0xFEE0) : ch);
        }
        return out.toString();
    }

    private static CaseRow row(Random random, int i) {
        String phone = "1" + (3_000_000_000L + random.nextInt(900_000_000));
        RefundCase c = new RefundCase(new UUID(14, i), TITLES[random.nextInt(TITLES.length)] + (i % 7),
                new Consumer(NAMES[random.nextInt(NAMES.length)], phone, null), null,
                random.nextBoolean() ? List.of("加急") : List.of(), new Platform(PLATFORMS[random.nextInt(PLATFORMS.length)], null, null, null, null),
                new Purchase("Ord-" + random.nextInt(500), null, null, new BigDecimal(random.nextInt(5) * 10 + ".00"), null, null, null, null, null),
                null, List.of(), null, List.of(), null, null, null);
        Deadline next = random.nextInt(4) == 0 ? null : new Deadline("rule", BASE, BASE.plusSeconds(3600L * random.nextInt(48)),
                DeadlineState.OPEN, "", false, "", null);
        return new CaseRow(c, new CaseInsight(null, next));
    }
}
