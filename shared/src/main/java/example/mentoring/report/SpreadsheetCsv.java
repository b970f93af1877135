package example.mentoring.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (Apache Commons CSV: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break) that spreadsheets open right and cannot be tricked by: a UTF-8 byte order mark
 * first, so Excel reads the accents in names as UTF-8, and OWASP's rule against formula injection
 * ({@link #neutralised}).
 */
public final class SpreadsheetCsv {

    /** U+FEFF: written first, it is the UTF-8 byte order mark once the text is encoded. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final CSVPrinter printer;

    /** Starts a CSV on {@code out}: the byte order mark, then the header row. */
    public SpreadsheetCsv(Appendable out, List<String> header) {
        try {
            out.append(BYTE_ORDER_MARK);
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record; {@code null} is an empty cell, anything else its text, neutralised. */
    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(cell -> cell == null ? "" : neutralised(cell.toString())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OWASP's CSV injection rule: a cell starting with {@code =}, {@code +}, {@code -}, {@code @},
     * tab or carriage return is one a spreadsheet may run as a formula, so it gets a leading single
     * quote, which spreadsheets show as text. Everything else is left as it is.
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
