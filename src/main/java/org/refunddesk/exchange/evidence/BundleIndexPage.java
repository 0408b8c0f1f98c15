package org.refunddesk.exchange.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.Masking;
import org.refunddesk.rules.evidence.BundleNaming.PlannedFile;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.evidence.Gap;
import org.refunddesk.rules.i18n.Messages;

/**
 * {@code index.html} of a bundle: a page a platform reviewer, a regulator or a court can read
 * without tools — the case, every file with what it shows and its SHA-256, what the chain still
 * lacks, and the note that this is a draft, not legal advice. Self-contained (no scripts, no links).
 */
final class BundleIndexPage {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final EvidenceTexts texts;
    private final Messages m;
    private final boolean showInFull;

    /** @param showInFull false (the default for a bundle): order numbers and numbers in titles and file names masked */
    BundleIndexPage(EvidenceTexts texts, boolean showInFull) {
        this.texts = texts;
        this.m = texts.messages();
        this.showInFull = showInFull;
    }

    private String shown(String value, java.util.function.UnaryOperator<String> mask) {
        return showInFull ? value : mask.apply(value);
    }

    String html(EvidenceBundle bundle, List<PlannedFile> plan, Instant createdAt) {
        RefundCase c = bundle.refundCase();
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(m.english() ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(esc(m.get("evidence.index.title", shown(c.title(), Masking::text))))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left}"
                        + ".hash{font-family:monospace;font-size:85%;word-break:break-all}"
                        + ".draft{border:1px solid #c90;background:#fff8e0;padding:.5em 1em}</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(m.get("evidence.index.title", shown(c.title(), Masking::text)))).append("</h1>\n");
        h.append("<p class=\"draft\">").append(esc(m.get("evidence.index.draft"))).append("</p>\n");
        caseFacts(h, c);
        h.append("<h2>").append(esc(m.get("evidence.index.files", plan.size()))).append("</h2>\n");
        fileTable(h, plan);
        h.append("<h2>").append(esc(m.get("evidence.index.completeness", bundle.report().score()))).append("</h2>\n");
        if (bundle.report().gaps().isEmpty()) {
            h.append("<p>").append(esc(m.get("evidence.index.noGaps"))).append("</p>\n");
        } else {
            h.append("<ol>\n");
            for (Gap gap : bundle.report().gaps()) {
                h.append("<li>").append(esc(shown(texts.gap(gap, bundle.report()), Masking::text))).append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("<p>").append(esc(m.get("evidence.index.footer", TIME.format(createdAt)))).append("</p>\n");
        return h.append("</body>\n</html>\n").toString();
    }

    private void caseFacts(StringBuilder h, RefundCase c) {
        h.append("<table>\n");
        row(h, m.get("evidence.index.caseTitle"), shown(c.title(), Masking::text));
        if (c.purchase() != null) {
            row(h, m.get("evidence.index.orderNo"), shown(c.purchase().orderNo(), Masking::tail));
            row(h, m.get("evidence.index.amount"), c.purchase().amount() == null ? null
                    : m.get("evidence.index.yuan", c.purchase().amount().toPlainString()));
            row(h, m.get("evidence.index.paidAt"), c.purchase().paidAt() == null ? null : TIME.format(c.purchase().paidAt()));
        }
        if (c.platform() != null) {
            row(h, m.get("evidence.index.platform"), c.platform().name());
        }
        if (c.problem() != null) {
            row(h, m.get("evidence.index.problem"), m.of(c.problem().kind()));
        }
        h.append("</table>\n");
    }

    private void fileTable(StringBuilder h, List<PlannedFile> plan) {
        h.append("<table>\n<tr>");
        for (String column : List.of("file", "category", "shows", "captured", "added", "source", "original", "sha256")) {
            h.append("<th>").append(esc(m.get("evidence.index.column." + column))).append("</th>");
        }
        h.append("</tr>\n");
        for (PlannedFile planned : plan) {
            EvidenceItem item = planned.item();
            h.append("<tr>");
            cell(h, planned.fileName());
            cell(h, texts.category(item.category()));
            cell(h, item.facts().stream().map(texts::fact).collect(Collectors.joining(m.get("evidence.list.separator"))));
            cell(h, item.capturedAt() == null ? "" : TIME.format(item.capturedAt()));
            cell(h, TIME.format(item.addedAt()));
            cell(h, shown(item.source(), Masking::text));
            cell(h, shown(item.originalName(), Masking::text));
            h.append("<td class=\"hash\">").append(esc(item.sha256())).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
        }
    }

    private static void cell(StringBuilder h, String value) {
        h.append("<td>").append(esc(value)).append("</td>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
