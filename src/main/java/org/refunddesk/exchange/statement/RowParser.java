package org.refunddesk.exchange.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refunddesk.domain.Money;
import org.refunddesk.exchange.statement.StatementException.Place;
import org.refunddesk.exchange.statement.StatementRow.Direction;

/**
 * One data record of a known layout to a {@link StatementRow}. Columns are looked up by the position of
 * their header word (see {@code vocabulary.properties}), so the file's column order does not matter.
 * Times are China time (+08:00); a spreadsheet that re-saved the file may have dropped the seconds or
 * written 2023/2/1 9:05. Amounts may carry ¥ / ￥.
 */
final class RowParser {
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StatementFormat format;
    private final int[] columns;
    private final String out;
    private final String in;

    RowParser(StatementFormat format, int[] columns, StatementVocabulary words) {
        this.format = format;
        this.columns = columns;
        this.out = words.word("direction.out");
        this.in = words.word("direction.in");
    }

    StatementRow parse(RawRecord r, Place place) {
        return switch (format) {
            // 交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注
            case ALIPAY_APP -> new StatementRow(place, requiredTime(r, 0, place), text(r, 1), text(r, 2), text(r, 4),
                    direction(r, 5), amount(r, 6, place), text(r, 7), text(r, 8), number(r, 9, place),
                    number(r, 10, place), text(r, 11), null, null);
            // 交易号,商家订单号,交易创建时间,付款时间,最近修改时间,交易来源地,类型,交易对方,商品名称,金额(元),收/支,
            // 交易状态,服务费(元),成功退款(元),备注,资金状态
            case ALIPAY_WEB -> {
                Instant created = requiredTime(r, 2, place);
                Instant paid = optionalTime(r, 3, place);
                BigDecimal refunded = blank(text(r, 13)) ? null : amount(r, 13, place);
                yield new StatementRow(place, paid != null ? paid : created, text(r, 6), text(r, 7), text(r, 8),
                        direction(r, 10), amount(r, 9, place), null, text(r, 11), number(r, 0, place),
                        number(r, 1, place), text(r, 14), refunded, optionalTime(r, 4, place));
            }
            // 交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注
            case WECHAT_CSV, WECHAT_XLSX -> new StatementRow(place, requiredTime(r, 0, place), text(r, 1), text(r, 2),
                    text(r, 3), direction(r, 4), amount(r, 5, place), text(r, 6), text(r, 7), number(r, 8, place),
                    number(r, 9, place), text(r, 10), null, null);
        };
    }

    /** The cell of header word k, stripped of padding and the tab Alipay appends to numbers; "/" is empty. */
    private String text(RawRecord r, int k) {
        String raw = r.cell(columns[k]);
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() || "/".equals(s) ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private Direction direction(RawRecord r, int k) {
        String s = text(r, k);
        return out.equals(s) ? Direction.OUT : in.equals(s) ? Direction.IN : Direction.NEUTRAL;
    }

    private BigDecimal amount(RawRecord r, int k, Place place) {
        String s = text(r, k);
        Optional<BigDecimal> parsed = parseAmount(s);
        if (parsed.isEmpty()) {
            throw new StatementException("statements.error.amount", place, s == null ? "" : s);
        }
        return parsed.get();
    }

    /** "28.16", "¥28.16", "￥1,200.00" → fen-scale yuan; anything else (a sign, three decimals) is empty. */
    static Optional<BigDecimal> parseAmount(String s) {
        if (s == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\u00A5' && ch != '\uFFE5' && ch != ',' && !Character.isWhitespace(ch)) {
                b.append(ch);
            }
        }
        return Money.parse(b.toString());
    }

    /** A trade or order number; one a spreadsheet turned into 2.02302E+27 has lost its digits for good. */
    private String number(RawRecord r, int k, Place place) {
        String s = text(r, k);
        if (s != null && SCIENTIFIC.matcher(s).matches()) {
            throw new StatementException("statements.error.scientific", place, s);
        }
        return s;
    }

    private Instant requiredTime(RawRecord r, int k, Place place) {
        Instant t = optionalTime(r, k, place);
        if (t == null) {
            throw new StatementException("statements.error.time", place, "");
        }
        return t;
    }

    private Instant optionalTime(RawRecord r, int k, Place place) {
        String s = text(r, k);
        if (s == null) {
            return null;
        }
        Instant t = time(s);
        if (t == null) {
            throw new StatementException("statements.error.time", place, s);
        }
        return t;
    }

    /** {@code yyyy-MM-dd HH:mm[:ss]} (or with / or .) in China time; null when it is not one. */
    static Instant time(String s) {
        Matcher m = TIME.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), hour, minute, second).toInstant(CHINA);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A time as the bill would show it, for messages and lists. */
    static String shown(Instant t) {
        return t == null ? "" : SHOWN.format(t.atOffset(CHINA));
    }
}
