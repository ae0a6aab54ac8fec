package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangekit.Slow;

/**
 * Every compare mode (two ranges, two sites, several sites) in every format: exit 0 and
 * well-formed, non-empty output. {@code --summary} is a CSV option ("write the totals table
 * instead of the target list; several sites: the one table either way"), so it is checked where
 * it acts: in CSV, it replaces the target list by the totals for two ranges and two sites and
 * changes nothing for several sites. Pins the crash of
 * {@code compare --site A --site B --format csv --summary} ("no table totals", exit 1).
 */
@Slow
class CompareFormatsTest {

    static Stream<Arguments> modesAndFormats() {
        List<List<String>> modes = List.of(
                List.of("--site", "kapustin-yar", "--range", "480", "--vs-range", "500"),
                List.of("--site", "kapustin-yar", "--vs-site", "chernyakhovsk", "--range", "1000"),
                List.of("--site", "kapustin-yar", "--site", "mozdok", "--range", "500"));
        List<Arguments> all = new ArrayList<>();
        for (List<String> mode : modes) {
            for (String format : List.of("csv", "json", "md")) {
                all.add(Arguments.of(mode, format));
            }
        }
        return all.stream();
    }

    static Cli.Result compare(List<String> mode, String format, boolean summary) {
        List<String> args = new ArrayList<>(List.of("compare"));
        args.addAll(mode);
        args.addAll(List.of("--targets", "capitals", "--format", format));
        if (summary) {
            args.add("--summary");
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr());
        assertFalse(r.stdout().isBlank());
        return r;
    }

    @ParameterizedTest(name = "{0} --format {1}")
    @MethodSource("modesAndFormats")
    void everyModeInEveryFormatIsWellFormed(List<String> mode, String format) throws IOException {
        Cli.Result r = compare(mode, format, false);
        String out = r.stdout();
        switch (format) {
            case "csv" -> {
                List<List<String>> rows = assertRectangular(out);
                Cli.Result totals = compare(mode, format, true);
                List<List<String>> totalRows = assertRectangular(totals.stdout());
                boolean severalSites = mode.stream().filter("--site"::equals).count() > 1;
                if (severalSites) {
                    assertEquals(out, totals.stdout(), "several sites: the one table with or without --summary");
                    assertEquals("site", rows.get(0).get(0), "each site and the union: " + rows.get(0));
                } else {
                    assertEquals(List.of("change", "name"), rows.get(0).subList(0, 2), "the target list");
                    assertTrue(totalRows.get(0).contains("area_total_km2"), "the totals: " + totalRows.get(0));
                    assertFalse(totalRows.get(0).contains("name"), "no target column in the totals: " + totalRows.get(0));
                }
            }
            case "json" -> {
                JsonNode root = new ObjectMapper().readTree(r.stdoutBytes());
                assertEquals("compare", root.get("command").asText());
                assertTrue(root.get("tables").size() >= 1);
            }
            default -> {
                assertTrue(out.startsWith("## "), out);
                assertTrue(out.endsWith("_Data: Natural Earth; GeoNames._\n"), out);
            }
        }
    }

    /** Parses the CSV and checks that every row has the header's width; returns the rows. */
    static List<List<String>> assertRectangular(String csv) {
        List<List<String>> rows = parseCsv(csv);
        assertFalse(rows.isEmpty(), "at least the header: " + csv);
        for (List<String> row : rows) {
            assertEquals(rows.get(0).size(), row.size(), "every CSV row has the header's width: " + row);
        }
        return rows;
    }

    /** Minimal RFC 4180 reader: quoted fields with doubled quotes, {@code \n} line ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertFalse(quoted, "unterminated quoted field");
        assertTrue(field.length() == 0 && row.isEmpty(), "the CSV ends with a line end");
        return rows;
    }
}
