package org.refunddesk.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.refunddesk.rules.letters.Letter;

/**
 * Writes a letter as a Word document (POI XWPF): one paragraph per line of its text, so the DOCX reads
 * exactly like what the user saw and edited; the banner, title and headings of the draft are set in
 * bold. Written through {@link AtomicFiles}, so a failed write leaves no half file.
 */
public final class LetterDocxWriter {
    /** A font with CJK glyphs that Word and LibreOffice know by this name. */
    private static final String CJK_FONT = "SimSun";
    private static final int BODY = 11;

    /** The draft as drafted. */
    public void write(Letter letter, Path target) throws IOException {
        write(letter, letter.text(), target);
    }

    /** The text as the user edited it; lines equal to the draft's banner, title or headings stay bold. */
    public void write(Letter letter, String text, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = build(letter, text)) {
            doc.write(bytes);
        }
        AtomicFiles.write(target, bytes.toByteArray());
    }

    static XWPFDocument build(Letter letter, String text) {
        Map<String, Integer> emphasis = new HashMap<>();
        emphasis.put(letter.banner(), 9);
        emphasis.put(letter.title(), 16);
        letter.sections().forEach(s -> emphasis.put(letter.heading(s), 12));
        emphasis.put(letter.sourcesHeading(), BODY);
        if (letter.warningHeading() != null) {
            emphasis.put(letter.warningHeading(), 12);
        }
        XWPFDocument doc = new XWPFDocument();
        for (String line : text.stripTrailing().split("\\R", -1)) {
            Integer size = emphasis.get(line);
            XWPFParagraph p = doc.createParagraph();
            XWPFRun run = p.createRun();
            run.setText(line);
            run.setBold(size != null);
            run.setFontSize(size != null ? size : BODY);
            run.setFontFamily(CJK_FONT, XWPFRun.FontCharRange.eastAsia);
            if (letter.blanks().stream().anyMatch(line::contains)) {
                run.setTextHighlightColor("yellow"); // a blank the user must fill in before sending
            }
        }
        return doc;
    }
}
