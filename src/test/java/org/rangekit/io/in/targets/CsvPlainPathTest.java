package org.rangekit.io.in.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.PlainDecimal;

/**
 * The byte-level path of {@link CsvTargetReader} ({@link ByteLines}, {@link PlainDecimal}) against
 * the general path and the JDK: line splitting as {@link BufferedReader#readLine()}, numbers as
 * {@link Double#parseDouble}, and whole seeded files giving the same targets and the same bad rows
 * (line and message) with the plain path on and off.
 */
class CsvPlainPathTest {

    @TempDir
    Path dir;

    @Test
    void linesSplitAsBufferedReaderSplitsThem() throws IOException {
        SplittableRandom rnd = new SplittableRandom(20261202L);
        byte[] alphabet = "ab,\r\n\n\r9".getBytes(StandardCharsets.US_ASCII);
        int lines = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            int n = rnd.nextInt(0, 60);
            byte[] data = new byte[n];
            for (int i = 0; i < n; i++) {
                data[i] = alphabet[rnd.nextInt(alphabet.length)];
            }
            List<String> expected = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(trickle(data, rnd), StandardCharsets.UTF_8), 3)) {
                String s;
                while ((s = r.readLine()) != null) {
                    expected.add(s);
                }
            }
            // A limit above every line here: nothing is too long, splitting alone is compared.
            ByteLines bl = new ByteLines(trickle(data, rnd), 64);
            List<String> got = new ArrayList<>();
            while (bl.next()) {
                assertFalse(bl.tooLong());
                got.add(new String(bl.bytes(), bl.start(), bl.end() - bl.start(), StandardCharsets.UTF_8));
            }
            assertEquals(expected, got, () -> "input " + new String(data, StandardCharsets.US_ASCII)
                    .replace("\r", "\\r").replace("\n", "\\n"));
            lines += expected.size();
        }
        assertTrue(lines > 10_000, "lines compared: " + lines);
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedUpToItsBreak() throws IOException {
        byte[] data = "ab\r\n0123456789\r\ncd\nefghijklmn".getBytes(StandardCharsets.US_ASCII);
        ByteLines bl = new ByteLines(new ByteArrayInputStream(data), 8);
        List<String> got = new ArrayList<>();
        while (bl.next()) {
            got.add(bl.tooLong() ? "<too long>"
                    : new String(bl.bytes(), bl.start(), bl.end() - bl.start(), StandardCharsets.US_ASCII));
        }
        assertEquals(List.of("ab", "<too long>", "cd", "<too long>"), got);
    }

    @Test
    void plainDecimalsAreParsedAsDoubleParseDoubleParsesThem() {
        SplittableRandom rnd = new SplittableRandom(7);
        int accepted = 0;
        for (int i = 0; i < 500_000; i++) {
            StringBuilder sb = new StringBuilder();
            int sign = rnd.nextInt(4);
            if (sign == 1) {
                sb.append('-');
            } else if (sign == 2) {
                sb.append('+');
            }
            int intDigits = rnd.nextInt(0, 5);
            for (int k = 0; k < intDigits; k++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextInt(5) > 0) {
                sb.append('.');
                int frac = rnd.nextInt(0, 15);
                for (int k = 0; k < frac; k++) {
                    sb.append((char) ('0' + rnd.nextInt(10)));
                }
            }
            String s = sb.toString();
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            double got = PlainDecimal.parse(b, 0, b.length);
            long digitCount = s.chars().filter(Character::isDigit).count();
            if (digitCount == 0 || digitCount > PlainDecimal.MAX_DIGITS) {
                assertTrue(Double.isNaN(got), s);
                continue;
            }
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(got), s);
            accepted++;
        }
        assertTrue(accepted > 300_000, "accepted: " + accepted);
        for (String s : new String[] {"", "-", ".", "1e5", " 1", "1 ", "1,5", "--1", "1.2.3", "0x10", "NaN", "Infinity",
                                      "1d", "1234567890123456"}) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            assertTrue(Double.isNaN(PlainDecimal.parse(b, 0, b.length)), s);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(parse("-0")));
        assertEquals(-12.5, parse("-12.500"));
        assertEquals(0.5, parse(".5"));
    }

    private static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return PlainDecimal.parse(b, 0, b.length);
    }

    @Test
    void populationDigits() {
        assertEquals(1234, PlainDecimal.digits("001234".getBytes(StandardCharsets.US_ASCII), 0, 6));
        for (String s : new String[] {"", "-1", "1,2", "1.0", "1234567890123456"}) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            assertEquals(-1, PlainDecimal.digits(b, 0, b.length), s);
        }
    }

    /** Seeded files, plain rows mixed with every kind of row the general path handles, read both ways. */
    @Test
    void seededFilesGiveTheSameTargetsAndBadRowsBothWays() throws IOException {
        SplittableRandom rnd = new SplittableRandom(20261129L);
        String[] headers = {"lat,lon", "name,lat,lon,population", "\uFEFFName,Latitude,LNG,country,population,kind",
                            "latitude;longitude;population;name", "lat\tlon\tname\tnote"};
        long plainTotal = 0;
        long badTotal = 0;
        for (int file = 0; file < 40; file++) {
            String header = headers[file % headers.length];
            char delim = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';' : '\t';
            String[] cols = header.replace("\uFEFF", "").split(String.valueOf(delim == '\t' ? "\t" : delim));
            String eol = file % 3 == 0 ? "\r\n" : file % 3 == 1 ? "\n" : "\r";
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(header.getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
            int rows = 3_000;
            for (int r = 0; r < rows; r++) {
                bytes.writeBytes(row(rnd, cols, delim).getBytes(StandardCharsets.UTF_8));
                if (r < rows - 1 || file % 2 == 0) {
                    bytes.writeBytes((rnd.nextInt(50) == 0 ? "\r\n" : eol).getBytes(StandardCharsets.US_ASCII));
                }
            }
            Path f = dir.resolve("seeded-" + file + (delim == '\t' ? ".tsv" : ".csv"));
            Files.write(f, bytes.toByteArray());
            List<BadRow> badPlain = new ArrayList<>();
            List<BadRow> badGeneral = new ArrayList<>();
            List<Target> plain = read(f, badPlain, true);
            List<Target> general = read(f, badGeneral, false);
            assertEquals(general, plain, f.toString());
            assertEquals(badGeneral, badPlain, f.toString());
            plainTotal += plain.size();
            badTotal += badPlain.size();
        }
        assertTrue(plainTotal > 80_000 && badTotal > 5_000, plainTotal + " targets, " + badTotal + " bad rows");
    }

    @Test
    void badRowsKeepTheirLineNumbersAndMessagesOnThePlainPath() throws IOException {
        Path f = dir.resolve("b.csv");
        Files.writeString(f, "\uFEFFlat,lon,population\r\n1.5,2.5,10\r\n\r\n95,10,1\r\n\"3\",4,\r\n5,6,many\r\n"
                + "46°20′59″N,48°02′25″E,7\r\n-33.87,151.21,1,extra\r\n");
        List<BadRow> bad = new ArrayList<>();
        List<Target> ts = read(f, bad, true);
        assertEquals(3, ts.size());
        assertEquals(1.5, ts.get(0).latDeg());
        assertEquals(10, ts.get(0).population());
        assertEquals(3.0, ts.get(1).latDeg());
        assertEquals(46 + 20 / 60.0 + 59 / 3600.0, ts.get(2).latDeg(), 1e-12);
        assertEquals(List.of("b.csv:4: latitude '95' is outside [-90, 90] degrees",
                             "b.csv:6: population 'many' is not a number >= 0",
                             "b.csv:8: expected 3 fields, got 4"),
                bad.stream().map(BadRow::message).toList());
    }

    @Test
    void aHugeLineMakesTheFileUnusableNamingItsLineAndTheLimit() throws IOException {
        Path f = dir.resolve("huge.csv");
        StringBuilder sb = new StringBuilder("lat,lon\n1,2\n3,");
        sb.append("4".repeat(ByteLines.MAX_LINE_BYTES + 10)).append("\n5,6\n");
        Files.writeString(f, sb);
        for (boolean plain : new boolean[] {true, false}) {
            TargetFormatException e = org.junit.jupiter.api.Assertions.assertThrows(TargetFormatException.class,
                    () -> read(f, new ArrayList<>(), plain));
            assertEquals("huge.csv:3: row longer than 1048576 bytes (1 MiB), the limit for one CSV row; "
                    + "is a quote left open?", e.getMessage());
        }
    }

    @Test
    void aRowJustUnderTheLimitIsRead() throws IOException {
        Path f = dir.resolve("long.csv");
        String head = "lat,lon,note\n1,2,";
        String pad = "x".repeat(ByteLines.MAX_LINE_BYTES - 4);
        Files.writeString(f, head + pad + "\n3,4,\"a\n" + "y".repeat(ByteLines.MAX_LINE_BYTES - 10) + "\"\n");
        List<BadRow> bad = new ArrayList<>();
        List<Target> ts = read(f, bad, true);
        assertEquals(List.of(1.0, 3.0), ts.stream().map(Target::latDeg).toList());
        assertEquals(List.of(), bad);
        Files.writeString(f, head + pad + "\n3,4,\"a\n" + "y".repeat(ByteLines.MAX_LINE_BYTES - 5) + "\"\n");
        TargetFormatException e = org.junit.jupiter.api.Assertions.assertThrows(TargetFormatException.class,
                () -> read(f, new ArrayList<>(), true));
        assertTrue(e.getMessage().startsWith("long.csv:3: row longer than 1048576 bytes"), e.getMessage());
    }

    private static List<Target> read(Path f, List<BadRow> bad, boolean plainRows) throws IOException {
        List<Target> out = new ArrayList<>();
        try (CsvTargetReader r = CsvTargetReader.open(f, bad::add, plainRows)) {
            Target t;
            while ((t = r.next()) != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** One row: mostly plain, otherwise one of the cases the general path must take. */
    private static String row(SplittableRandom rnd, String[] cols, char delim) {
        List<String> f = new ArrayList<>();
        int kind = rnd.nextInt(40);
        for (String c : cols) {
            String n = c.toLowerCase(Locale.ROOT).strip();
            boolean lat = n.startsWith("lat");
            boolean lon = n.equals("lon") || n.equals("lng") || n.equals("longitude");
            String v;
            if (lat || lon) {
                double x = lat ? rnd.nextDouble(-90, 90) : rnd.nextDouble(-180, 180);
                v = String.format(Locale.ROOT, "%." + rnd.nextInt(0, 9) + "f", x);
                if (kind == 1) {
                    v = dms(Math.abs(x), lat ? (x < 0 ? 'S' : 'N') : (x < 0 ? 'W' : 'E'));
                } else if (kind == 2) {
                    v = lat ? "95.5" : "-181";                       // out of range
                } else if (kind == 3 && delim != ',') {
                    v = v.replace('.', ',');                          // decimal comma
                } else if (kind == 4) {
                    v = " " + v + " ";                                // spaces around
                } else if (kind == 5) {
                    v = "\"" + v + "\"";                              // quoted
                } else if (kind == 6) {
                    v = v + "x";                                      // junk
                } else if (kind == 7) {
                    v = "";                                           // empty
                } else if (kind == 8 && lon) {
                    v = String.format(Locale.ROOT, "%.6f", rnd.nextDouble(180, 360)); // east of 180
                } else if (kind == 9) {
                    v = "1234567890.123456789";                       // long mantissa
                }
            } else if (n.equals("population")) {
                v = switch (kind) {
                    case 10 -> "";
                    case 11 -> "1,234,567";
                    case 12 -> "many";
                    case 13 -> "5e6";
                    case 14 -> "-3";
                    default -> Long.toString(rnd.nextLong(0, 40_000_000));
                };
            } else {
                v = switch (kind) {
                    case 15 -> "Zürich";                              // non-ASCII
                    case 16 -> "\"Astrakhan" + delim + " city\"";     // quoted delimiter
                    case 17 -> "  padded  ";
                    case 18 -> "\"quoted\nline break\"";        // RFC 4180: one row on two lines
                    default -> "p" + rnd.nextInt(1000);
                };
            }
            f.add(v);
        }
        if (kind == 19) {
            return "";                                                // blank line
        }
        if (kind == 20) {
            return "   ";                                             // blank, spaces
        }
        if (kind == 21) {
            f.add("extra");
        }
        if (kind == 22) {
            f.remove(f.size() - 1);
        }
        return String.join(String.valueOf(delim), f);
    }

    private static String dms(double v, char hemi) {
        int d = (int) v;
        int m = (int) ((v - d) * 60);
        return d + "°" + m + "′" + hemi;
    }

    /** A stream that returns short, random reads, as a pipe or a slow disk may. */
    private static InputStream trickle(byte[] data, SplittableRandom rnd) {
        long seed = rnd.nextLong();
        return new ByteArrayInputStream(data) {
            private final SplittableRandom r = new SplittableRandom(seed);

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + r.nextInt(5)));
            }
        };
    }
}
