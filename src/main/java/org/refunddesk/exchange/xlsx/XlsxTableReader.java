package org.refunddesk.exchange.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.refunddesk.rules.i18n.Messages;

/**
 * Reads the cases sheet of an .xlsx (by its Chinese or English name, else the first sheet) row by row with
 * POI's event API (a SAX parse of the sheet XML), so memory stays bounded however many rows there are.
 * Anything wrong with the file itself becomes an {@link ImportFileException} in words, whatever POI, the
 * ZIP or the XML parser threw.
 */
public final class XlsxTableReader {
    private static final List<String> CASE_SHEET_NAMES = List.of(
            Messages.forTag("zh").get(SheetLayout.CASES), Messages.forTag("en").get(SheetLayout.CASES));

    private XlsxTableReader() {
    }

    /** The whole table in memory (the preview dialog shows every row). */
    public static ImportTable read(Path file) {
        ImportTable.Collector collector = new ImportTable.Collector();
        read(file, collector);
        return collector.table();
    }

    /** Streams the header and each non-blank data row to {@code sink}; the sink's own exceptions pass through. */
    public static void read(Path file, ImportTable.Sink sink) {
        checkContainer(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            SheetRowHandler handler = new SheetRowHandler(strings, reader.getStylesTable(), sink);
            try (InputStream sheet = casesSheet(reader)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
        } catch (SheetRowHandler.SinkFailure e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception e) {
            throw HostileFiles.classify(e);
        }
    }

    /** What the bytes are before POI sees them: an old .xls, an encrypted workbook, not a ZIP, unsafe entry names. */
    private static void checkContainer(Path file) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = Files.size(file) == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            throw HostileFiles.classify(e);
        }
        if (magic == FileMagic.OLE2) {
            throw new ImportFileException(encrypted(file) ? "importfile.encrypted" : "importfile.oldExcel", null);
        }
        if (magic != FileMagic.OOXML) {
            throw new ImportFileException("importfile.notWorkbook", null);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (unsafe(name)) {
                    throw new ImportFileException("importfile.unsafeEntry", null, name);
                }
            }
        } catch (ZipException e) {
            throw new ImportFileException("importfile.damaged", e);
        } catch (IOException e) {
            throw HostileFiles.classify(e);
        }
    }

    /** A ZIP entry that would point outside the package if anyone unpacked it. */
    static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.equals("..") || n.startsWith("../") || n.contains("/../") || n.endsWith("/..")
                || n.indexOf(':') >= 0 || n.chars().anyMatch(Character::isISOControl);
    }

    /** An encrypted .xlsx is an OLE2 container holding "EncryptionInfo" and "EncryptedPackage". */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static InputStream casesSheet(XSSFReader reader) throws Exception {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        InputStream first = null;
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            String name = sheets.getSheetName();
            if (CASE_SHEET_NAMES.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
                if (first != null) {
                    first.close();
                }
                return sheet;
            }
            if (first == null) {
                first = sheet;
            } else {
                sheet.close();
            }
        }
        if (first == null) {
            throw new ImportFileException("importfile.noSheet", null);
        }
        return first;
    }
}
