package org.rangekit.io.in.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code cities.tsv} read from its bytes ({@link EmbeddedData#cities(byte[])}) against the same
 * text split by {@link String#split} and parsed by {@link Long#parseLong} and
 * {@link Double#parseDouble}, as the file was read before: seeded random tables with non-ASCII
 * names, negative and integral coordinates, values that are not plain decimals (exponents, a plus
 * sign, more than 15 digits), CRLF line ends and a last line without its end. The shipped file
 * itself is checked row by row in {@code BuiltinCitiesTest}.
 */
class CitiesTableTest {

    private static final String HEADER =
            "geonameid\tname\tcountry_code\tcountry_iso_n3\tlat\tlon\tpopulation\tfeature_code\tcapital";

    private static List<City> parse(String text) throws IOException {
        return EmbeddedData.cities(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomTablesReadAsTheLineByLineParserReadThem() throws IOException {
        SplittableRandom rnd = new SplittableRandom(20261202);
        String[] names = {"Kapustin Yar", "Āzādshahr", "Zürich", "北京", "São Paulo", "O'Hare", "a"};
        String[] codes = {"RU", "IR", "CH", "CN", "BR", "US"};
        String[] features = {"PPL", "PPLA", "PPLC", "PPLA2"};
        for (int t = 0; t < 200; t++) {
            int rows = rnd.nextInt(0, 40);
            String eol = rnd.nextBoolean() ? "\n" : "\r\n";
            StringBuilder sb = new StringBuilder(HEADER).append(eol);
            String[][] fields = new String[rows][];
            for (int r = 0; r < rows; r++) {
                fields[r] = new String[] {
                    Long.toString(rnd.nextLong(0, 1L << 40)),
                    names[rnd.nextInt(names.length)],
                    codes[rnd.nextInt(codes.length)],
                    Integer.toString(rnd.nextInt(1, 999)),
                    number(rnd, 90),
                    number(rnd, 180),
                    rnd.nextInt(8) == 0 ? "12345678901234567" : Long.toString(rnd.nextLong(0, 30_000_000)),
                    features[rnd.nextInt(features.length)],
                    rnd.nextInt(5) == 0 ? "1" : "0"};
                sb.append(String.join("\t", fields[r]));
                if (r + 1 < rows || rnd.nextBoolean()) {
                    sb.append(eol);
                }
            }
            List<City> got = parse(sb.toString());
            assertEquals(rows, got.size(), "table " + t);
            for (int r = 0; r < rows; r++) {
                String[] f = fields[r];
                City want = new City(Long.parseLong(f[0]), f[1], f[2], Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Long.parseLong(f[6]), f[7], "1".equals(f[8]));
                City c = got.get(r);
                String where = "table " + t + " row " + r + " " + String.join("|", f);
                assertEquals(want, c, where);
                assertEquals(Double.doubleToRawLongBits(want.latDeg()), Double.doubleToRawLongBits(c.latDeg()), where);
                assertEquals(Double.doubleToRawLongBits(want.lonDeg()), Double.doubleToRawLongBits(c.lonDeg()), where);
            }
            // One string per code in a table.
            for (City a : got) {
                for (City b : got) {
                    if (a.countryCode().equals(b.countryCode())) {
                        assertSame(a.countryCode(), b.countryCode());
                    }
                    if (a.featureCode().equals(b.featureCode())) {
                        assertSame(a.featureCode(), b.featureCode());
                    }
                }
            }
        }
    }

    /** A coordinate within ±limit: plain decimals mostly, and now and then a form that is not plain. */
    private static String number(SplittableRandom rnd, double limit) {
        double v = rnd.nextDouble(-limit, limit);
        return switch (rnd.nextInt(10)) {
            case 0 -> String.format(Locale.ROOT, "%.3e", v / 10).replace("e+0", "e");
            case 1 -> "+" + String.format(Locale.ROOT, "%.4f", Math.abs(v));
            case 2 -> String.format(Locale.ROOT, "%.16f", v / limit);
            case 3 -> Long.toString(Math.round(v));
            case 4 -> "-0.0";
            default -> String.format(Locale.ROOT, "%." + rnd.nextInt(0, 8) + "f", v);
        };
    }

    @Test
    void aWrongHeaderOrFieldCountIsRefusedNamingTheLine() {
        IOException header = assertThrows(IOException.class, () -> parse("id\tname\n1\tA\n"));
        assertTrue(header.getMessage().startsWith("cities.tsv: unexpected header id\tname"), header.getMessage());
        IOException fields = assertThrows(IOException.class,
                () -> parse(HEADER + "\n1\tA\tRU\t643\t48.5\t45.7\t5000\tPPL\t0\n2\tB\tRU\t643\t48.5\n"));
        assertEquals("cities.tsv line 3: expected 9 tab-separated fields, got 5", fields.getMessage());
        IOException blank = assertThrows(IOException.class, () -> parse(HEADER + "\n\n"));
        assertEquals("cities.tsv line 2: expected 9 tab-separated fields, got 1", blank.getMessage());
        assertThrows(NumberFormatException.class,
                () -> parse(HEADER + "\n1\tA\tRU\t643\tnorth\t45.7\t5000\tPPL\t0\n"));
        assertEquals(List.of(), assertDoesNotThrow(() -> parse(HEADER)), "a header alone is an empty table");
    }
}
