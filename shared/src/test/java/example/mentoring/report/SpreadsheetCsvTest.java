package example.mentoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSV for spreadsheets: RFC 4180, UTF-8 with BOM, formulas neutralised")
class SpreadsheetCsvTest {

    static List<CSVRecord> read(String csv) throws IOException {
        assertTrue(csv.startsWith(SpreadsheetCsv.BYTE_ORDER_MARK), "starts with the byte order mark");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    @DisplayName("cells a spreadsheet would run as a formula get a leading quote; the library reads everything else back unchanged")
    void formulasNeutralised() throws IOException {
        StringBuilder out = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(out, List.of("cell"));
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2+3", "@SUM(A1:A9)",
                "\tindent", "\rreturn");
        List<String> plain = List.of("Marlowe Reyes", "O'Brien, \"Pat\"", "line one\r\nline two", "Ångström café 图书馆",
                "1+1", "a=b", "", "'already quoted");
        hostile.forEach(cell -> csv.row(List.of(cell)));
        plain.forEach(cell -> csv.row(List.of(cell)));
        csv.flush();

        List<CSVRecord> records = read(out.toString());
        assertEquals("cell", records.get(0).get(0));
        for (int i = 0; i < hostile.size(); i++) {
            assertEquals("'" + hostile.get(i), records.get(1 + i).get(0));
        }
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i), records.get(1 + hostile.size() + i).get(0));
        }
        assertEquals(1 + hostile.size() + plain.size(), records.size());
    }

    @Test
    @DisplayName("records end in CRLF, a null is an empty cell, and the bytes start EF BB BF")
    void rfc4180() {
        StringBuilder out = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(out, List.of("a", "b"));
        csv.row(java.util.Arrays.asList(null, 5));
        csv.flush();
        assertEquals("\uFEFFa,b\r\n\"\",5\r\n", out.toString(), "Commons CSV quotes an empty first cell, as RFC 4180 allows");
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    }
}
