package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rangekit.Slow;

/**
 * Table-driven check of malformed command lines (issue "Safe edges", item 15): every call listed
 * in {@code src/test/resources/cli/malformed-invocations.txt} (every command, every option) runs in
 * process through {@link Main#run(InputStream, PrintStream, PrintStream, String...)} and must exit
 * with the code the table gives (0 or 2, never 1), write at most one line on stderr, no stack trace,
 * no raw control character, no more than a short excerpt of a file's line, and leave its output
 * directory empty (no output and no hidden temporary file).
 */
@Slow
class MalformedInvocationsTest {

    static final String TABLE = "/cli/malformed-invocations.txt";

    /** Tail of the first line of {@code secret.csv}, which no message may quote. */
    static final String SECRET_TAIL = "SECRET-TAIL-0123456789";

    /** Calls the table must hold at least (the issue asks for 150). */
    static final int MIN_CALLS = 150;

    private static Path root;
    private static Path in;
    private static Path out;

    record Call(int line, int exit, List<String> args, String fragment) {
    }

    @BeforeAll
    static void fixtures() throws IOException {
        root = Files.createTempDirectory("rangekit-malformed");
        in = Files.createDirectory(root.resolve("in"));
        out = Files.createDirectory(root.resolve("out"));
        write("nolat.csv", "name,x\na,1\n");
        write("empty.csv", "");
        write("bad.geojson", "{ not json");
        write("array.geojson", "[1, 2]");
        write("ctrl.csv", "lat,lon\n\u001b[2J,1\n");
        write("secret.csv", "root:$6$abcdefgh$" + SECRET_TAIL + ":19000:0:99999:7:::\n");
        write("points-none.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
        write("box.geojson", "{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]}");
        write("area-country.yaml", "area: {country: LUX}\nranges: [500]\noutputs:\n  geojson: a.geojson\n");
        write("area-and-sites.yaml", "sites: [kapustin-yar]\narea: {country: RUS}\nranges: [500]\noutputs:\n  geojson: a.geojson\n");
        write("area-unknown-country.yaml", "area: {country: ATLANTIS}\nranges: [500]\noutputs:\n  geojson: a.geojson\n");
        write("area-empty-file.yaml", "area: points-none.geojson\nranges: [500]\noutputs:\n  geojson: a.geojson\n");
        write("broken.yaml", "sites: [\n");
        write("unknown-key.yaml", "sitez: kapustin-yar\nranges: [500]\noutputs:\n  geojson: a.geojson\n");
        write("empty.yaml", "");
        write("escape.yaml", "sites: [kapustin-yar]\nranges: [500]\noutputs:\n  geojson: ../out/escaped.geojson\n");
        write("count-alone.yaml", "sites: [kapustin-yar]\ncount: 11\noutputs: {geojson: ../out/a.kml}\n");
        write("min-over-max.yaml", "sites: [kapustin-yar]\nmin_range: 600km\nmax_range: 500km\n"
                + "outputs: {geojson: ../out/a.kml}\n");
        write("sites-file-missing.yaml", "sites_file: missing.kml\npreset: inf\noutputs: {geojson: ../out/a.kml}\n");
        write("sites-file-layer.yaml", "sites_file: sites.gpkg:nope\npreset: inf\noutputs: {geojson: ../out/a.kml}\n");
        write("centre-bad.yaml", "sites: [kapustin-yar]\npreset: inf\nmap: {centre: \"48.5,190\"}\n"
                + "outputs: {maps: [../out/a.png]}\n");
        write("centre-list.yaml", "sites: [kapustin-yar]\npreset: inf\nmap: {centre: [48.5, 46]}\n"
                + "outputs: {maps: [../out/a.png]}\n");
        // A GeoPackage with one point layer, sites, for the FILE.gpkg:LAYER rows.
        Cli.Result gpkg = Cli.run("sites", "--site", "kapustin-yar", "-o", in.resolve("sites.gpkg").toString());
        if (gpkg.exitCode() != 0) {
            throw new IOException("fixture sites.gpkg: " + gpkg);
        }
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    static List<Call> table() throws IOException {
        List<Call> calls = new ArrayList<>();
        try (InputStream s = MalformedInvocationsTest.class.getResourceAsStream(TABLE)) {
            List<String> lines = new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\|", -1);
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalStateException(TABLE + ":" + (i + 1) + ": expected EXIT | ARGS [| FRAGMENT]");
                }
                calls.add(new Call(i + 1, Integer.parseInt(parts[0].strip()), split(parts[1].strip()),
                        parts.length == 3 ? parts[2].strip() : ""));
            }
        }
        return calls;
    }

    /** Blanks split; '...' keeps blanks; \\uXXXX is a character. */
    static List<String> split(String s) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                cur = cur == null ? new StringBuilder() : cur;
            } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                cur = cur == null ? new StringBuilder() : cur;
                cur.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == ' ' && !quoted) {
                if (cur != null) {
                    args.add(cur.toString());
                    cur = null;
                }
            } else {
                cur = cur == null ? new StringBuilder() : cur;
                cur.append(c);
            }
        }
        if (cur != null) {
            args.add(cur.toString());
        }
        return args;
    }

    @TestFactory
    Stream<DynamicTest> everyCallExitsCleanly() throws IOException {
        List<Call> calls = table();
        assertTrue(calls.size() >= MIN_CALLS, "the table holds " + calls.size() + " calls, expected >= " + MIN_CALLS);
        return calls.stream().map(c -> DynamicTest.dynamicTest(
                "line " + c.line() + ": " + String.join(" ", c.args()), () -> check(c)));
    }

    private static void check(Call c) throws IOException {
        String[] args = c.args().stream()
                .map(a -> a.replace("$OUT", out.toString()).replace("$IN", in.toString()))
                .toArray(String[]::new);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), args);
        String err = stderr.toString(StandardCharsets.UTF_8);
        String where = "line " + c.line() + " (exit " + code + "): " + err;
        assertEquals(c.exit(), code, where);
        List<String> lines = err.lines().toList();
        assertTrue(lines.size() <= 1, "more than one stderr line: " + where);
        if (code == Main.EXIT_BAD_INPUT) {
            assertEquals(1, lines.size(), "bad input without its one line: " + where);
        }
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("picocli."),
                "stack trace or internals: " + where);
        assertFalse(err.contains(SECRET_TAIL), "quotes more than an excerpt of a file's line: " + where);
        for (String l : lines) {
            assertTrue(l.codePoints().noneMatch(cp -> Character.getType(cp) == Character.CONTROL),
                    "raw control character: " + where);
        }
        if (!c.fragment().isEmpty()) {
            assertTrue(err.contains(c.fragment()), "stderr lacks '" + c.fragment() + "': " + where);
        }
        List<Path> files;
        try (Stream<Path> left = Files.list(out)) {
            files = left.toList();
        }
        for (Path f : files) {
            Files.delete(f); // so that one failure does not fail every later call
        }
        assertTrue(files.isEmpty(), "left in the output directory: " + files + "; " + where);
    }
}
