package org.refunddesk.rules.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.refunddesk.domain.EvidenceItem;

/**
 * Suggested file names for a bundle, in the order purchase → promise → problem → communications →
 * payment statement → third-party reports → receipts (DOMAIN.md §3), e.g. {@code 01-购买凭证-订单截图.png}.
 * Applied in the bundle only; the vault keeps its own names. The running number keeps names unique.
 */
public final class BundleNaming {
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
    private static final int MAX_DESCRIPTOR = 60;

    /** One file of the bundle and the name it gets there. */
    public record PlannedFile(EvidenceItem item, String fileName) {
    }

    private final EvidenceChecklist checklist;
    private final EvidenceTexts texts;

    public BundleNaming(EvidenceChecklist checklist, EvidenceTexts texts) {
        this.checklist = checklist;
        this.texts = texts;
    }

    /** Files of equal category, item and time keep the order they come in (the vault's attach order). */
    public List<PlannedFile> plan(List<EvidenceItem> files) {
        List<EvidenceItem> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(EvidenceItem::category)
                .thenComparingInt(f -> f.checklistItemId() == null ? Integer.MAX_VALUE : checklist.position(f.checklistItemId()))
                .thenComparing(EvidenceItem::addedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        String numberFormat = ordered.size() > 99 ? "%03d" : "%02d";
        List<PlannedFile> planned = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            EvidenceItem f = ordered.get(i);
            String name = String.format(Locale.ROOT, numberFormat, i + 1) + "-" + safe(texts.category(f.category()))
                    + "-" + descriptor(f) + extension(f.originalName());
            planned.add(new PlannedFile(f, name));
        }
        return planned;
    }

    private String descriptor(EvidenceItem f) {
        if (f.checklistItemId() != null && checklist.item(f.checklistItemId()).isPresent()) {
            return safe(texts.itemLabel(f.checklistItemId()));
        }
        String base = f.originalName();
        int dot = base.lastIndexOf('.');
        return safe(dot > 0 ? base.substring(0, dot) : base);
    }

    /** Without characters that break a file name on any desktop system. */
    static String safe(String text) {
        String cleaned = UNSAFE.matcher(text == null ? "" : text).replaceAll("_").strip();
        if (cleaned.length() > MAX_DESCRIPTOR) {
            cleaned = cleaned.substring(0, MAX_DESCRIPTOR).strip();
        }
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "_" : cleaned;
    }

    static String extension(String originalName) {
        int dot = originalName == null ? -1 : originalName.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String ext = originalName.substring(dot + 1);
        return EXTENSION.matcher(ext).matches() ? "." + ext.toLowerCase(Locale.ROOT) : "";
    }
}
