package org.refunddesk.exchange.xlsx;

import java.util.Locale;

/**
 * Turns whatever POI, the ZIP reader or the XML parser threw for a bad workbook into one reason in words.
 * Their messages and types vary by version, so the whole cause chain is searched for the telling words.
 */
final class HostileFiles {
    private HostileFiles() {
    }

    static ImportFileException classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ImportFileException e) {
                return e;
            }
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("zip bomb") || text.contains("max. ratio") || text.contains("maxentrysize")
                    || text.contains("max entry size") || text.contains("exceeds the maximum")) {
                return new ImportFileException("importfile.zipBomb", thrown);
            }
            if (text.contains("doctype") || text.contains("external entity") || text.contains("dtd")
                    || text.contains("entity")) {
                return new ImportFileException("importfile.unsafeXml", thrown);
            }
            if (t.getClass().getName().contains("OLE2NotOfficeXml") || t.getClass().getName().contains("Encrypted")) {
                return new ImportFileException("importfile.encrypted", thrown);
            }
        }
        return new ImportFileException("importfile.damaged", thrown);
    }
}
