package org.refunddesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * Everything kept about one consumer, for their access right (PIPL art. 45): one .zip with each case as a
 * case file (its events inside), the events once more as a readable list, every evidence file as the user
 * added it (decrypted), and a README listing what is included. Written whole or not at all.
 */
public final class PersonExport {
    /** Reads one evidence file as it was added (the vault decrypts). */
    @FunctionalInterface
    public interface EvidenceOpener {
        InputStream open(EvidenceItem item) throws IOException;
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Messages m;

    public PersonExport(Messages messages) {
        this.m = messages;
    }

    /** @return how many evidence files were written */
    public int write(String who, List<RefundCase> cases, Map<UUID, List<EvidenceItem>> evidence, EvidenceOpener opener,
                     Instant now, Path target) throws IOException {
        int[] files = {0};
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            StringBuilder listing = new StringBuilder();
            Set<String> names = new HashSet<>();
            for (RefundCase c : cases) {
                String folder = "case-" + c.id() + "/";
                put(zip, folder + "case.refundcase.json", CaseFiles.writeCase(c));
                put(zip, folder + "events.txt", events(c));
                listing.append(m.get("privacy.access.readme.case", c.title() == null ? "" : c.title(),
                        c.events().size(), evidence.getOrDefault(c.id(), List.of()).size(), folder)).append('\n');
                for (EvidenceItem item : evidence.getOrDefault(c.id(), List.of())) {
                    String name = unique(names, folder + "evidence/" + safe(item.originalName()));
                    zip.putNextEntry(new ZipEntry(name));
                    try (InputStream in = opener.open(item)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    files[0]++;
                }
            }
            put(zip, "README.txt", m.get("privacy.access.readme", who, TIME.format(now), cases.size(), files[0])
                    + "\n\n" + listing);
            zip.finish();
        });
        return files[0];
    }

    private String events(RefundCase c) {
        StringBuilder text = new StringBuilder();
        for (CaseEvent e : c.events()) {
            text.append(e.at() == null ? "" : TIME.format(e.at())).append('\t').append(m.of(e.type()));
            if (e.channel() != null) {
                text.append('\t').append(m.of(e.channel()));
            }
            if (e.ref() != null) {
                text.append('\t').append(e.ref());
            }
            if (e.amount() != null) {
                text.append('\t').append(e.amount().toPlainString());
            }
            if (e.note() != null) {
                text.append('\t').append(e.note());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The user's file name without folders or characters a file system refuses. */
    private static String safe(String originalName) {
        String name = originalName == null || originalName.isBlank() ? "file" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = dot > name.lastIndexOf('/') ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
        }
        return candidate;
    }
}
