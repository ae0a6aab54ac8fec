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

/**
 * Every compare mode (two ranges, two sites, several sites) in every format, with and without
 * {@code --summary}: exit 0 and well-formed, non-empty output. Pins the crash of
 * {@code compare --site A --site B --format csv --summary} ("no table totals", exit 1).
 */
class CompareFormatsTest {

    static Stream<Arguments> modesFormatsSummary() {
        List<List<String>> modes = List.of(
                List.of("--site", "kapustin-yar", "--range", "480", "--vs-range", "500"),
                List.of("--site", "kapustin-yar", "--vs-site", "chernyakhovsk", "--range", "1000"),
                List.of("--site", "kapustin-yar", "--site", "mozdok", "--range", "500"));
        List<Arguments> all = new ArrayList<>();
        for (List<String> mode : modes) {
            for (String format : List.of("csv", "json", "md")) {
                for (boolean summary : new boolean[] {false, true}) {
                    all.add(Arguments.of(mode, format, summary));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --format {1} summary={2}")
    @MethodSource("modesFormatsSummary")
    void everyModeInEveryFormatIsWellFormed(List<String> mode, String format, boolean summary) throws IOException {
        List<String> args = new ArrayList<>(List.of("compare"));
        args.addAll(mode);
        args.addAll(List.of("--targets", "capitals", "--format", format));
        if (summary) {
            args.add("--summary");
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr());
        String out = r.stdout();
        assertFalse(out.isBlank());
        switch (format) {
            case "csv" -> {
                List<List<String>> rows = parseCsv(out);
                assertFalse(rows.isEmpty(), "at least the header: " + out);
                for (List<String> row : rows) {
                    assertEquals(rows.get(0).size(), row.size(), "every CSV row has the header's width: " + row);
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
