package example.mentoring.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import example.mentoring.paging.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

    /** Store pages read per call: about 0.5 MB of applications, half of DynamoDB's 1 MB page. */
    static final int PAGE = 500;

    /**
     * A whole list as CSV on {@code out}, read page by page from {@code pages} so that only one
     * page of records is held at a time beside the text.
     */
    public static <T> void writeAll(Appendable out, List<String> header, Function<Page.Request, Page<T>> pages,
                                    Function<T, List<?>> row) {
        SpreadsheetCsv csv = new SpreadsheetCsv(out, header);
        Page.Request request = Page.Request.first(PAGE);
        while (true) {
            Page<T> page = pages.apply(request);
            page.items().forEach(item -> csv.row(row.apply(item)));
            if (page.nextToken() == null) {
                csv.flush();
                return;
            }
            request = new Page.Request(PAGE, Optional.of(page.nextToken()));
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
