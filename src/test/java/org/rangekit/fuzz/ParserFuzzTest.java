package org.rangekit.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rangekit.coverage.Target;
import org.rangekit.geodesy.CoordinateParser;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.ScenarioReader;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SiteParser;
import org.rangekit.io.in.targets.TargetFormatException;
import org.rangekit.io.in.targets.TargetReader;
import org.rangekit.range.LengthUnit;
import org.rangekit.range.Lengths;
import org.rangekit.range.Site;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.Scenario;

/**
 * Fuzz tests of every parser of user input (Jazzer): coordinates and lengths as {@code --site},
 * {@code --range} and scenario files take them, CSV, GeoJSON and KML target files, YAML scenarios.
 * The invariant: each input gives a value (within its documented range) or the parser's typed
 * bad-input error with a message ({@link IllegalArgumentException}, {@link TargetFormatException}
 * or a skipped row, {@link InvalidScenarioException}), never another exception.
 *
 * <p>In every test run ({@code mvn test}) each method replays its seeds and every crash found so
 * far, the files under {@code src/test/resources/org/rangekit/fuzz/ParserFuzzTestInputs/METHOD/}.
 * {@code scripts/fuzz SECONDS} fuzzes each method for that long ({@code JAZZER_FUZZ=1}); a crash
 * it finds is written into that directory, to be fixed and kept as a regression input.
 */
class ParserFuzzTest {

    private static final SiteCatalog CATALOG = SiteCatalog.builtIn();

    /** One file per extension, rewritten for every input (the readers take paths). */
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("rangekit-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void coordinatesAndLengths(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            GeoPoint p = CoordinateParser.parsePoint("--site", text);
            assertTrue(p.latDeg() >= -90 && p.latDeg() <= 90 && p.lonDeg() >= -180 && p.lonDeg() <= 180, text);
        } catch (IllegalArgumentException e) {
            hasMessage(e);
        }
        try {
            double km = Lengths.parseKm("--range", text, LengthUnit.KM);
            assertTrue(km > 0 && Double.isFinite(km), text + " -> " + km);
        } catch (IllegalArgumentException e) {
            hasMessage(e);
        }
        try {
            for (double km : Lengths.parseListKm("--range", text, LengthUnit.KM)) {
                assertTrue(km > 0 && Double.isFinite(km), text + " -> " + km);
            }
        } catch (IllegalArgumentException e) {
            hasMessage(e);
        }
        try {
            Site s = SiteParser.parse("--site", text, CATALOG);
            assertNotNull(s.point());
        } catch (IllegalArgumentException e) {
            hasMessage(e);
        }
    }

    @FuzzTest
    void csvTargets(byte[] input) throws IOException {
        readTargets("t.csv", input);
    }

    @FuzzTest
    void geoJsonTargets(byte[] input) throws IOException {
        readTargets("t.geojson", input);
    }

    @FuzzTest
    void kmlTargets(byte[] input) throws IOException {
        readTargets("t.kml", input);
    }

    @FuzzTest
    void yamlScenarios(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Scenario s = ScenarioReader.parse(text, "fuzz.yaml");
            assertTrue(!s.sites().isEmpty());
        } catch (InvalidScenarioException e) {
            hasMessage(e);
        }
    }

    private static void readTargets(String name, byte[] input) throws IOException {
        Path f = DIR.resolve(name);
        Files.write(f, input);
        try (TargetReader r = TargetReader.open(f, bad -> hasMessage(bad.reason()), w -> hasMessage(w.message()))) {
            Target t;
            while ((t = r.next()) != null) {
                assertTrue(t.latDeg() >= -90 && t.latDeg() <= 90 && t.lonDeg() >= -180 && t.lonDeg() <= 360,
                        t.toString());
            }
        } catch (TargetFormatException e) {
            hasMessage(e);
        }
    }

    private static void hasMessage(Exception e) {
        hasMessage(e.getMessage());
    }

    private static void hasMessage(String m) {
        assertTrue(m != null && !m.isBlank(), "a message saying what is wrong");
    }
}
