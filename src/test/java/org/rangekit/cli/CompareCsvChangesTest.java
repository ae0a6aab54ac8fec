package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;

/**
 * The compare CSV is one table with a {@code change} column holding every row of the md/json
 * target tables. Pins the bug where {@code --vs-site --format csv} wrote only the "only within
 * the second site" rows and dropped Tbilisi, Yerevan, Baku and Moscow (only kapustin-yar).
 */
@Slow
class CompareCsvChangesTest {

    @Test
    void twoSitesCsvHoldsBothSidesWithTheJsonCounts() throws IOException {
        String[] common = {"compare", "--site", "kapustin-yar", "--vs-site", "chernyakhovsk", "--range", "1000",
                "--targets", "capitals", "--format"};
        Map<String, Long> csv = changes(run(common, "csv"));
        JsonNode json = new ObjectMapper().readTree(run(common, "json").stdoutBytes());
        assertEquals(rows(json, "only_site"), csv.get("only_site"));
        assertEquals(rows(json, "only_vs_site"), csv.get("only_vs_site"));
        assertEquals(4L, csv.get("only_site"));
        String text = run(common, "csv").stdout();
        for (String capital : List.of("Tbilisi", "Yerevan", "Baku", "Moscow")) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith("only_site," + capital + ",")), capital + ": " + text);
        }
        String md = run(common, "md").stdout();
        assertEquals(csv.get("only_site") + csv.get("only_vs_site"),
                md.lines().filter(l -> l.matches("\\| [^|]+ \\| [A-Z]{2} \\|.*")).count());
    }

    @Test
    void twoRangesCsvSaysAddedOrRemoved() throws IOException {
        String[] added = {"compare", "--site", "kapustin-yar", "--range", "480", "--vs-range", "500",
                "--targets", "cities", "--format"};
        Map<String, Long> csv = changes(run(added, "csv"));
        JsonNode json = new ObjectMapper().readTree(run(added, "json").stdoutBytes());
        assertEquals(Map.of("added", rows(json, "targets")), csv);
        String[] removed = {"compare", "--site", "kapustin-yar", "--range", "500", "--vs-range", "480",
                "--targets", "cities", "--format"};
        assertEquals(Map.of("removed", rows(json, "targets")), changes(run(removed, "csv")));
    }

    private static Cli.Result run(String[] common, String format) {
        String[] args = java.util.Arrays.copyOf(common, common.length + 1);
        args[common.length] = format;
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exitCode(), r.toString());
        return r;
    }

    private static long rows(JsonNode json, String key) {
        for (JsonNode t : json.get("tables")) {
            if (t.get("key").asText().equals(key)) {
                return t.get("rows").size();
            }
        }
        throw new AssertionError("no table " + key);
    }

    /** Rows per value of the CSV's first column, which must be {@code change}. */
    private static Map<String, Long> changes(Cli.Result r) {
        List<List<String>> rows = CompareFormatsTest.parseCsv(r.stdout());
        assertEquals("change", rows.get(0).get(0), r.stdout());
        return rows.subList(1, rows.size()).stream()
                .collect(Collectors.groupingBy(row -> row.get(0), Collectors.counting()));
    }
}
