package org.rangekit.io.in.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.coverage.Target;

/**
 * RFC 4180 §2 quoting in CSV target files: a quoted field may hold the delimiter, doubled quotes
 * and line breaks ({@code \n}, {@code \r\n}, {@code \r}); such a row is one target, and every
 * message names the physical line where its row starts. Checked on the plain (byte) and the
 * general path alike.
 */
public class CsvQuotedRowsTest {

    @TempDir
    Path dir;

    /** Line 1 header; the row of line 2 spans lines 2-4; line 5 is bad; 6-7 one row; 8 bad; 9 open to the end. */
    private static final String FILE = "name,lat,lon,note\n"
            + "\"Washington,\nD.C.\",38.9,-77.04,\"the \"\"capital\"\"\n"
            + "of the US\"\n"
            + "Bad,95,0,x\n"
            + "\"Two\r\nlines\",1.5,2.5,\"\"\n"
            + "Bad row after,1,2\n"
            + "Open,3,4,\"never closed\n"
            + "5,6\n";

    @Test
    void quotedLineBreaksDelimitersAndQuotesMakeOneRow() throws IOException {
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            for (boolean plain : new boolean[] {true, false}) {
                Path f = dir.resolve("q.csv");
                // Every line break, also those inside quotes, is eol (the field's "\r\n" stays as written).
                Files.writeString(f, FILE.replace("\r\n", "\u0000").replace("\n", eol).replace("\u0000", "\r\n"),
                        StandardCharsets.UTF_8);
                List<BadRow> bad = new ArrayList<>();
                List<Target> ts = read(f, bad, plain);
                String what = "eol " + eol.replace("\r", "CR").replace("\n", "LF") + ", plain " + plain;
                assertEquals(2, ts.size(), what);
                assertEquals("Washington,\nD.C.", ts.get(0).name(), what);
                assertEquals(38.9, ts.get(0).latDeg(), what);
                assertEquals("the \"capital\"\nof the US", ts.get(0).properties().get("note"), what);
                assertEquals("Two\nlines", ts.get(1).name(), what);
                assertEquals(2.5, ts.get(1).lonDeg(), what);
                assertEquals(List.of("q.csv:5: latitude '95' is outside [-90, 90] degrees",
                                "q.csv:8: expected 4 fields, got 3",
                                "q.csv:9: a quote opened on this line is never closed"),
                        bad.stream().map(BadRow::message).toList(), what);
            }
        }
    }

    @Test
    void aQuotedHeaderMaySpanLines() throws IOException {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "\"place\nname\",lat,lon\nA,1,2\nB,x,3\n");
        List<BadRow> bad = new ArrayList<>();
        List<Target> ts = read(f, bad, true);
        assertEquals(1, ts.size());
        assertEquals("A", ts.get(0).properties().get("place\nname"));
        assertEquals(1, bad.size());
        assertTrue(bad.get(0).message().startsWith("h.csv:4: latitude 'x'"), bad.get(0).message());
    }

    static List<Target> read(Path f, List<BadRow> bad, boolean plainRows) throws IOException {
        List<Target> out = new ArrayList<>();
        try (CsvTargetReader r = CsvTargetReader.open(f, bad::add, plainRows)) {
            Target t;
            while ((t = r.next()) != null) {
                out.add(t);
            }
        }
        return out;
    }
}
