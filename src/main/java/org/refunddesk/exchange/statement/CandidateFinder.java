package org.refunddesk.exchange.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refunddesk.exchange.statement.StatementRow.Direction;
import org.refunddesk.rules.caseload.PlatformKey;

/**
 * The payments of a bill, each with its refunds and a confidence that it was a virtual-goods purchase.
 * Refunds: Alipay writes a refund as its own row whose trade number is the payment's plus {@code _suffix}
 * (the web export also totals them in 成功退款); WeChat marks the payment 已全额退款 or 已退款(￥x), and may
 * list the refund as an income row with the payment's trade number. Payments that never went through
 * (closed, failed) are dropped unless a refund shows money did move.
 */
public final class CandidateFinder {
    /** From this confidence on, a payment is listed (and ticked) by default. */
    public static final int LIKELY = 30;
    private static final int KNOWN_PLATFORM = 60;
    private static final int STRONG_WORD = 60;
    private static final int WORD_IN_COUNTERPARTY = 35;
    private static final int WORD_IN_DESCRIPTION = 30;
    private static final int WHOLE_YUAN = 10;

    private final StatementVocabulary words = StatementVocabulary.BUILT_IN;
    private final String refundWord = words.word("refund.word");
    private final String fullRefund = words.word("wechat.status.fullRefund");
    private final Pattern partialRefund = Pattern.compile(Pattern.quote(words.word("wechat.status.partialRefund"))
            + "\\s*[(\uFF08]\\s*[\u00A5\uFFE5]?\\s*([0-9.,]+)\\s*[)\uFF09]");
    private final Set<String> unpaid = Set.copyOf(words.list("unpaid.statuses"));
    private final List<String> strong = words.list("candidate.strong");
    private final List<String> goods = words.list("candidate.words");

    /**
     * @param knownPlatforms names of platforms the store already has cases against (matched loosely:
     *                       a name plus "official site" is the same platform)
     */
    public List<StatementCandidate> find(Statement statement, Collection<String> knownPlatforms) {
        List<String> known = knownPlatforms.stream().filter(n -> n != null && !n.isBlank()).map(PlatformKey::of)
                .filter(k -> k.length() >= 2).distinct().toList();
        List<StatementRow> rows = statement.rows();
        Map<String, StatementRow> paymentsByTradeNo = new HashMap<>();
        for (StatementRow row : rows) {
            if (row.direction() == Direction.OUT && row.tradeNo() != null) {
                paymentsByTradeNo.putIfAbsent(row.tradeNo(), row);
            }
        }
        Map<StatementRow, List<RefundFound>> refunds = refundRows(statement, paymentsByTradeNo);
        List<StatementCandidate> found = new ArrayList<>();
        for (StatementRow row : rows) {
            if (row.direction() != Direction.OUT) { // refund rows are income or neutral, never payments
                continue;
            }
            List<RefundFound> its = new ArrayList<>(refunds.getOrDefault(row, List.of()));
            if (its.isEmpty()) {
                its.addAll(refundsFromPayment(statement, row));
            }
            if (its.isEmpty() && row.status() != null && unpaid.contains(row.status())) {
                continue;
            }
            found.add(score(row, its, known));
        }
        return found;
    }

    /** Refund rows, by the payment they belong to. */
    private Map<StatementRow, List<RefundFound>> refundRows(Statement statement, Map<String, StatementRow> payments) {
        Map<StatementRow, List<RefundFound>> byPayment = new HashMap<>();
        boolean alipay = statement.format() == StatementFormat.ALIPAY_APP || statement.format() == StatementFormat.ALIPAY_WEB;
        for (StatementRow row : statement.rows()) {
            if (row.tradeNo() == null || row.direction() == Direction.OUT) {
                continue;
            }
            StatementRow payment = null;
            if (alipay) {
                int cut = row.tradeNo().indexOf('_');
                payment = cut > 0 ? payments.get(row.tradeNo().substring(0, cut)) : null;
            } else if (mentionsRefund(row)) {
                payment = payments.get(row.tradeNo());
            }
            if (payment != null && payment != row) {
                byPayment.computeIfAbsent(payment, p -> new ArrayList<>())
                        .add(new RefundFound(row.place(), row.amount(), row.time(), true, row.tradeNo()));
            }
        }
        return byPayment;
    }

    private boolean mentionsRefund(StatementRow row) {
        return row.type() != null && row.type().contains(refundWord)
                || row.status() != null && row.status().contains(refundWord);
    }

    /** When the bill has no refund row: WeChat's payment status, or the Alipay web export's 成功退款 column. */
    private List<RefundFound> refundsFromPayment(Statement statement, StatementRow payment) {
        BigDecimal amount = null;
        Instant at = null;
        if (payment.refunded() != null && payment.refunded().signum() > 0) {
            amount = payment.refunded();
            at = payment.modifiedAt(); // the web export's "last modified": when the refund went through
        } else if (payment.status() != null) {
            Matcher m = partialRefund.matcher(payment.status());
            if (payment.status().startsWith(fullRefund)) {
                amount = payment.amount();
            } else if (m.find()) {
                amount = RowParser.parseAmount(m.group(1)).orElse(null);
            }
        }
        if (amount == null) {
            return List.of();
        }
        boolean listed = at != null;
        Instant when = at != null ? at : statement.exportedAt() != null ? statement.exportedAt() : payment.time();
        return List.of(new RefundFound(null, amount, when, listed, null));
    }

    private StatementCandidate score(StatementRow row, List<RefundFound> refunds, List<String> known) {
        Set<String> reasons = new LinkedHashSet<>();
        int score = 0;
        String counterparty = row.counterparty() == null ? "" : row.counterparty();
        String description = row.description() == null ? "" : row.description();
        // PlatformKey is a handful of regular expressions: only worth running when there are platforms to match
        String counterpartyKey = known.isEmpty() ? "" : PlatformKey.of(counterparty);
        String descriptionKey = known.isEmpty() ? "" : PlatformKey.of(description);
        for (String platform : known) {
            if (counterpartyKey.contains(platform) || descriptionKey.contains(platform)) {
                score = Math.max(score, KNOWN_PLATFORM);
                reasons.add(row.counterparty() != null && counterpartyKey.contains(platform) ? counterparty : platform);
            }
        }
        int wordScore = 0;
        for (String w : strong) {
            if (counterparty.contains(w) || description.contains(w)) {
                wordScore = Math.max(wordScore, STRONG_WORD);
                reasons.add(w);
            }
        }
        for (String w : goods) {
            if (counterparty.contains(w)) {
                wordScore = Math.max(wordScore, WORD_IN_COUNTERPARTY);
                reasons.add(w);
            } else if (description.contains(w)) {
                wordScore = Math.max(wordScore, WORD_IN_DESCRIPTION);
                reasons.add(w);
            }
        }
        score += wordScore;
        if (score > 0 && row.amount().stripTrailingZeros().scale() <= 0) {
            score += WHOLE_YUAN; // top-ups and cards come in whole yuan
        }
        score = Math.min(100, score);
        return new StatementCandidate(row, refunds, score, List.copyOf(reasons), score >= LIKELY);
    }
}
