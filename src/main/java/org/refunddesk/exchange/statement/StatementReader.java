package org.refunddesk.exchange.statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refunddesk.exchange.statement.StatementException.Place;

/**
 * Reads an Alipay or WeChat Pay bill. The layout is told by its header, found by its text wherever it
 * is (preambles change length with the number of notes), never by a line count. Rows are checked
 * completely before anything is returned: a bad time or amount, a row cut short, or fewer rows than
 * the bill announces is a {@link StatementException} naming the line or row.
 */
public final class StatementReader {
    private static final List<StatementFormat> CSV_FORMATS =
            List.of(StatementFormat.ALIPAY_APP, StatementFormat.ALIPAY_WEB, StatementFormat.WECHAT_CSV);
    private static final List<StatementFormat> XLSX_FORMATS = List.of(StatementFormat.WECHAT_XLSX);

    private final StatementVocabulary words = StatementVocabulary.BUILT_IN;
    private final Pattern declaredCount = words.pattern("declared.count");
    private final Pattern exportedAt = words.pattern("exported.at");

    public Statement read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public Statement read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new StatementException("statements.error.empty");
        }
        boolean xlsx = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        List<RawRecord> records = xlsx ? XlsxStatementSheet.records(bytes)
                : StatementText.records(StatementText.decode(bytes));
        return parse(records, xlsx ? XLSX_FORMATS : CSV_FORMATS);
    }

    private Statement parse(List<RawRecord> records, List<StatementFormat> formats) {
        Integer declared = null;
        Instant exported = null;
        for (int i = 0; i < records.size(); i++) {
            RawRecord record = records.get(i);
            for (StatementFormat format : formats) {
                int[] columns = columns(record, words.header(format));
                if (columns != null) {
                    return rows(format, columns, records, i, declared, exported);
                }
            }
            declared = declared != null ? declared : declaredCount(record);
            exported = exported != null ? exported : exportedAt(record, format(formats));
        }
        boolean xlsx = formats == XLSX_FORMATS;
        throw new StatementException(xlsx ? "statements.error.noHeaderXlsx" : "statements.error.noHeader",
                Integer.toString(records.size()));
    }

    private static StatementFormat format(List<StatementFormat> formats) {
        return formats.get(0);
    }

    /** Where each header word is in this record, or null when the record is not that header. */
    private static int[] columns(RawRecord record, List<String> header) {
        List<String> cells = record.cells();
        if (cells.size() < header.size()) {
            return null;
        }
        int[] at = new int[header.size()];
        for (int k = 0; k < header.size(); k++) {
            at[k] = -1;
        }
        for (int c = 0; c < cells.size(); c++) {
            String cell = StatementVocabulary.normalise(cells.get(c));
            int k = header.indexOf(cell);
            if (k >= 0 && at[k] < 0) {
                at[k] = c;
            }
        }
        for (int a : at) {
            if (a < 0) {
                return null;
            }
        }
        return at;
    }

    private Statement rows(StatementFormat format, int[] columns, List<RawRecord> records, int headerIndex,
                           Integer declaredBefore, Instant exportedBefore) {
        Integer declared = declaredBefore;
        Instant exported = exportedBefore;
        int needed = 0;
        for (int c : columns) {
            needed = Math.max(needed, c + 1);
        }
        RowParser parser = new RowParser(format, columns, words);
        List<RawRecord> data = new ArrayList<>();
        int end = records.size();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            RawRecord record = records.get(i);
            if (record.blank()) {
                continue;
            }
            if (StatementVocabulary.normalise(record.cell(0)).startsWith("---")) {
                end = i; // the web export's trailer: totals and export time below a dashed line
                break;
            }
            data.add(record);
        }
        for (int i = end; i < records.size(); i++) {
            declared = declared != null ? declared : declaredCount(records.get(i));
            exported = exported != null ? exported : exportedAt(records.get(i), format);
        }
        List<StatementRow> rows = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            RawRecord record = data.get(i);
            if (record.cells().size() < needed) {
                boolean last = i == data.size() - 1;
                throw new StatementException(last ? "statements.error.cutShort" : "statements.error.fields",
                        place(format, record), Integer.toString(record.cells().size()), Integer.toString(needed));
            }
            rows.add(parser.parse(record, place(format, record)));
        }
        if (declared != null && rows.size() < declared) {
            RawRecord last = data.isEmpty() ? records.get(headerIndex) : data.get(data.size() - 1);
            throw new StatementException("statements.error.truncated", place(format, last),
                    Integer.toString(rows.size()), Integer.toString(declared));
        }
        return new Statement(format, rows, exported);
    }

    private static Place place(StatementFormat format, RawRecord record) {
        return new Place(record.number(), format.rows());
    }

    private Integer declaredCount(RawRecord record) {
        Matcher m = declaredCount.matcher(record.text());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private Instant exportedAt(RawRecord record, StatementFormat format) {
        Matcher m = exportedAt.matcher(record.text());
        if (!m.find()) {
            return null;
        }
        return RowParser.time(m.group(1));
    }
}
