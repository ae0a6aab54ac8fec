package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option of every command, given a bad value: exit code 2, exactly one line on stderr that
 * names the value, nothing on stdout, and no file (nor temporary file) at the {@code -o} path.
 */
class BadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                // rings --site
                bad("95,10", "rings", "--site", "95,10", "--preset", "inf"),
                bad("-90.5,10", "rings", "--site", "-90.5,10", "--preset", "inf"),
                bad("10,181", "rings", "--site", "10,181", "--preset", "inf"),
                bad("NaN", "rings", "--site", "NaN,45", "--preset", "inf"),
                bad("48°75′N 45°43′E", "rings", "--site", "48°75′N 45°43′E", "--preset", "inf"),
                bad("48°35′N 45°43′N", "rings", "--site", "48°35′N 45°43′N", "--preset", "inf"),
                bad("48°35′X", "rings", "--site", "48°35′X", "--preset", "inf"),
                bad("kapustin-yr", "rings", "--site", "kapustin-yr", "--preset", "inf"),
                bad("nowhere", "rings", "--site", "kapustin-yar", "--site", "nowhere", "--preset", "inf"),
                bad("''", "rings", "--site", "", "--preset", "inf"),
                bad("--site", "rings", "--preset", "inf"),
                // rings --range / --preset
                bad("'0'", "rings", "--site", "kapustin-yar", "--range", "0"),
                bad("'-5'", "rings", "--site", "kapustin-yar", "--range", "-5"),
                bad("'-500km'", "rings", "--site", "kapustin-yar", "--range", "480,-500km"),
                bad("abc", "rings", "--site", "kapustin-yar", "--range", "500,abc"),
                bad("NaN", "rings", "--site", "kapustin-yar", "--range", "NaN"),
                bad("500,,1000", "rings", "--site", "kapustin-yar", "--range", "500,,1000"),
                bad("500,500", "rings", "--site", "kapustin-yar", "--range", "500,500"),
                bad("500yd", "rings", "--site", "kapustin-yar", "--range", "500yd"),
                bad("25000", "rings", "--site", "kapustin-yar", "--range", "500,25000"),
                bad("20010", "rings", "--site", "-77.85,166.67", "--range", "20010km"),
                bad("salt", "rings", "--site", "kapustin-yar", "--preset", "salt"),
                bad("--preset", "rings", "--site", "kapustin-yar", "--range", "500", "--preset", "inf"),
                bad("--range", "rings", "--site", "kapustin-yar"),
                // rings --earth / --tolerance / -o / unknown options
                bad("mars", "rings", "--site", "kapustin-yar", "--preset", "inf", "--earth", "mars"),
                bad("'0m'", "rings", "--site", "kapustin-yar", "--preset", "inf", "--tolerance", "0m"),
                bad("'-5m'", "rings", "--site", "kapustin-yar", "--preset", "inf", "--tolerance", "-5m"),
                bad("'50'", "rings", "--site", "kapustin-yar", "--preset", "inf", "--tolerance", "50"),
                bad("50yd", "rings", "--site", "kapustin-yar", "--preset", "inf", "--tolerance", "50yd"),
                bad("0.01ft", "rings", "--site", "kapustin-yar", "--preset", "inf", "--tolerance", "0.01ft"),
                bad("0.001m", "rings", "--site", "kapustin-yar", "--preset", "inf", "--tolerance", "0.001m"),
                bad("NaNm", "rings", "--site", "kapustin-yar", "--preset", "inf", "--tolerance", "NaNm"),
                bad("--bogus", "rings", "--site", "kapustin-yar", "--preset", "inf", "--bogus"),
                bad("extra", "rings", "--site", "kapustin-yar", "--preset", "inf", "extra"),
                // distance
                bad("95,0", "distance", "--from", "95,0", "--to", "mozdok"),
                bad("mozdk", "distance", "--from", "kapustin-yar", "--to", "mozdk"),
                bad("1,2,3", "distance", "--from", "kapustin-yar", "--to", "1,2,3"),
                bad("--to", "distance", "--from", "kapustin-yar"),
                bad("ellipsoid", "distance", "--from", "kapustin-yar", "--to", "mozdok", "--earth", "ellipsoid"),
                // sites, top level
                bad("--long", "sites", "--long"),
                bad("subcommand", new String[0]),
                bad("frobnicate", "frobnicate"));
    }

    private static Arguments bad(String named, String... args) {
        return Arguments.of(named, args);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void exitsTwoWithOneLineNamingTheValueAndNoFile(String named, String[] args) throws IOException {
        Path out = dir.resolve("out.geojson");
        List<String> argv = new ArrayList<>(List.of(args));
        if (argv.size() > 0 && argv.get(0).equals("rings")) {
            argv.add("-o");
            argv.add(out.toString());
        }
        Cli.Result r = Cli.run(argv.toArray(new String[0]));
        assertEquals(Main.EXIT_BAD_INPUT, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), "exactly one line on stderr: " + r.stderr());
        assertTrue(r.stderr().contains(named), "stderr names " + named + ": " + r.stderr());
        assertTrue(!r.stderr().contains("\tat "), "no stack trace");
        assertEquals(0, r.stdoutBytes().length, "nothing on stdout");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file left behind");
        }
    }

    @ParameterizedTest(name = "[{index}] -o {0}")
    @MethodSource("badOutputs")
    void badOutputPathIsBadInput(String relative) throws IOException {
        Files.createDirectories(dir.resolve("existing-dir"));
        String target = dir.resolve(relative).toString();
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--preset", "inf", "-o", target);
        assertEquals(Main.EXIT_BAD_INPUT, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains(target), r.stderr());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("existing-dir")), files.toList(), "nothing written");
        }
    }

    static Stream<String> badOutputs() {
        return Stream.of("no/such/dir/out.geojson", "existing-dir");
    }
}
