package org.refunddesk.rules.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.refunddesk.domain.EvidenceItem;

/**
 * Which files cover which checklist entries. A file attached to an item covers that item; a file
 * attached only by category (e.g. from the command line) covers the first still-empty entry of its
 * category, required entries first. Files that fit no entry are kept as {@code extras}.
 */
public record ChecklistCoverage(List<ChecklistEntry> entries, Map<String, List<EvidenceItem>> filesByEntry,
                                List<EvidenceItem> extras) {

    public static ChecklistCoverage of(List<ChecklistEntry> entries, List<EvidenceItem> files) {
        Map<String, List<EvidenceItem>> byEntry = new LinkedHashMap<>();
        entries.forEach(e -> byEntry.put(e.id(), new ArrayList<>()));
        List<EvidenceItem> unplaced = new ArrayList<>();
        for (EvidenceItem file : files) {
            List<EvidenceItem> target = file.checklistItemId() == null ? null : byEntry.get(file.checklistItemId());
            if (target != null) {
                target.add(file);
            } else {
                unplaced.add(file);
            }
        }
        List<ChecklistEntry> requiredFirst = new ArrayList<>(entries);
        requiredFirst.sort(Comparator.comparing(e -> !e.required()));
        List<EvidenceItem> extras = new ArrayList<>();
        for (EvidenceItem file : unplaced) {
            ChecklistEntry empty = requiredFirst.stream()
                    .filter(e -> e.item().category() == file.category() && byEntry.get(e.id()).isEmpty())
                    .findFirst().orElse(null);
            if (empty != null) {
                byEntry.get(empty.id()).add(file);
            } else {
                extras.add(file);
            }
        }
        Map<String, List<EvidenceItem>> frozen = new LinkedHashMap<>();
        byEntry.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new ChecklistCoverage(List.copyOf(entries), Collections.unmodifiableMap(frozen), List.copyOf(extras));
    }

    public List<EvidenceItem> files(String entryId) {
        return filesByEntry.getOrDefault(entryId, List.of());
    }

    public boolean covered(ChecklistEntry entry) {
        return !files(entry.id()).isEmpty();
    }
}
