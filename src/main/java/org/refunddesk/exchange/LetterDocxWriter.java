package org.refunddesk.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.refunddesk.rules.letters.Letter;
import org.refunddesk.rules.letters.LetterSection;

/**
 * Writes a drafted letter as a Word document (POI XWPF): one paragraph per line of {@link Letter#text()},
 * the banner and headings in bold, so the DOCX reads exactly like the text the user saw. Written to a
 * temporary file beside the target and moved into place, so a failed write leaves no half file.
 */
public final class LetterDocxWriter {
    /** A font with CJK glyphs that Word and LibreOffice know by this name. */
    private static final String CJK_FONT = "SimSun";

    public void write(Letter letter, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = build(letter)) {
            doc.write(bytes);
        }
        AtomicFiles.write(target, bytes.toByteArray());
    }

    static XWPFDocument build(Letter letter) {
        XWPFDocument doc = new XWPFDocument();
        line(doc, letter.banner(), true, 9);
        line(doc, "", false, 11);
        line(doc, letter.title(), true, 16);
        line(doc, "", false, 11);
        for (LetterSection s : letter.sections()) {
            line(doc, letter.heading(s), true, 12);
            for (String bodyLine : s.body().split("\n", -1)) {
                line(doc, bodyLine, false, 11);
            }
            line(doc, "", false, 11);
        }
        line(doc, letter.sourcesHeading(), true, 11);
        letter.sources().forEach(src -> line(doc, "- " + src, false, 9));
        return doc;
    }

    private static void line(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(CJK_FONT, XWPFRun.FontCharRange.eastAsia);
    }
}
