package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.cli.Main;
import org.rangekit.scenario.CoverageOutput;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.MapOutput;
import org.rangekit.scenario.Outputs;
import org.rangekit.scenario.Scenario;

/** {@link Scenarios}: the runner writes the bytes the commands write, and refuses before writing. */
class ScenariosTest {

    @TempDir
    Path dir;

    @Test
    void runnerWritesTheSameBytesAsTheCommands() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [480, 500]
                map: {size: 300x200, dpi: 72, extent_km: 700}
                outputs:
                  maps: [out/s.png]
                  geojson: out/sub/s.geojson
                """);
        List<String> written = new ArrayList<>();
        Scenarios.run(yaml, written::add);
        assertEquals(List.of(dir.resolve("out/s.png").toString(), dir.resolve("out/sub/s.geojson").toString()),
                written);

        byte[] rings = command("rings", "--site", "kapustin-yar", "--range", "480,500", "--bands", "-o", "-");
        assertArrayEquals(rings, Files.readAllBytes(dir.resolve("out/sub/s.geojson")), "rings --bands");
        byte[] map = command("map", "--site", "kapustin-yar", "--range", "480,500", "--size", "300x200", "--dpi", "72",
                "--extent", "700", "-o", "-");
        assertArrayEquals(map, Files.readAllBytes(dir.resolve("out/s.png")), "map -o -");
    }

    @Test
    void absoluteOutputInAMissingDirectoryIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Path missing = dir.resolve("missing/b.geojson").toAbsolutePath();
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\noutputs:\n  maps: [a.png]\n  geojson: "
                + missing + "\n");
        Scenario s = Scenarios.load(yaml);
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Scenarios.run(s, dir, p -> fail("nothing written")));
        assertTrue(e.getMessage().startsWith("outputs.geojson '" + missing + "': directory "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a.png")));
    }

    @Test
    void rangePastTheCutLocusIsRefusedNamingTheKey() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [480, 19995]\noutputs:\n  geojson: s.geojson\n");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Scenarios.run(Scenarios.load(yaml), dir, p -> fail("nothing written")));
        assertTrue(e.getMessage().startsWith("ranges '480,19995': range 19995 km is past the cut locus"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("s.geojson")));
    }

    @Test
    void rangeTooSmallForGeoJsonIsBadInputNotAnInternalError() throws IOException {
        // Regression: a 1 mm range with a GeoJSON output ended in an IllegalArgumentException (exit 1).
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [0.001 m, 500]\noutputs:\n  geojson: s.geojson\n");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Scenarios.run(Scenarios.load(yaml), dir, p -> fail("nothing written")));
        assertTrue(e.getMessage().startsWith("ranges '0.000001,500': range 0.000001 km is below the smallest ring"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("s.geojson")));
    }

    @Test
    void coverageReportHasTheBytesOfTheCoverageCommand() throws IOException {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar, "48.6,45.7"]
                ranges: [480, 500]
                earth: sphere
                outputs:
                  coverage: {file: out/c.json, targets: capitals}
                """);
        Scenarios.run(yaml, p -> { });
        byte[] direct = command("coverage", "--site", "kapustin-yar", "--site", "48.6,45.7", "--range", "480,500",
                "--earth", "sphere", "--targets", "capitals", "--summary", "--format", "json", "--quiet", "-o", "-");
        assertArrayEquals(direct, Files.readAllBytes(dir.resolve("out/c.json")));
    }

    @Test
    void compareEarthWritesTheBytesOfTheCommandsWithTheFlag() throws IOException {
        Path yaml = dir.resolve("e.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [500, 1000]
                compare_earth: true
                map: {size: 300x200, dpi: 72, extent_km: 1200}
                outputs:
                  maps: [out/e.png]
                  coverage: {file: out/e.md, targets: capitals}
                """);
        Scenarios.run(yaml, p -> { });
        byte[] map = command("map", "--site", "kapustin-yar", "--range", "500,1000", "--size", "300x200", "--dpi", "72",
                "--extent", "1200", "--compare-earth", "-o", "-");
        assertArrayEquals(map, Files.readAllBytes(dir.resolve("out/e.png")), "map --compare-earth -o -");
        byte[] plainMap = command("map", "--site", "kapustin-yar", "--range", "500,1000", "--size", "300x200", "--dpi",
                "72", "--extent", "1200", "-o", "-");
        assertFalse(java.util.Arrays.equals(plainMap, map), "the sphere's rings must change the map");
        byte[] report = command("coverage", "--site", "kapustin-yar", "--range", "500,1000", "--targets", "capitals",
                "--summary", "--format", "md", "--compare-earth", "--quiet", "-o", "-");
        assertArrayEquals(report, Files.readAllBytes(dir.resolve("out/e.md")), "coverage --compare-earth");
        assertTrue(new String(report, StandardCharsets.UTF_8).contains("sphere"), "the report names the sphere");
    }

    @Test
    void compareEarthOnTheSphereOrWithoutMapsAndReportIsRefusedNamingTheLine() throws IOException {
        Path yaml = dir.resolve("e.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\nearth: sphere\ncompare_earth: true\n"
                + "outputs: {maps: [e.png]}\n");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> Scenarios.load(yaml));
        assertEquals("scenario " + yaml + " line 4: compare_earth sets the sphere beside WGS84; it needs earth: wgs84, "
                + "not sphere", e.getMessage());
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\ncompare_earth: true\noutputs: {geojson: e.geojson}\n");
        e = assertThrows(InvalidScenarioException.class, () -> Scenarios.load(yaml));
        assertEquals("scenario " + yaml + " line 3: compare_earth applies to maps and the coverage report; the scenario "
                + "writes neither", e.getMessage());
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\ncompare_earth: yes please\noutputs: {maps: [e.png]}\n");
        e = assertThrows(InvalidScenarioException.class, () -> Scenarios.load(yaml));
        assertEquals("scenario " + yaml + " line 3: compare_earth must be true or false", e.getMessage());
    }

    @Test
    void aSiteTwiceIsRefusedWhenTheScenarioIsRead() throws IOException {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, "sites: [mozdok, mozdok]\npreset: inf\noutputs: {coverage: c.md}\n");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> Scenarios.run(yaml, p -> { }));
        assertEquals("scenario " + yaml + " line 1: sites 'mozdok': the same site as 'mozdok' (line 1); give each site "
                + "once, or it is drawn, counted and exported twice", e.getMessage());
    }

    @Test
    void twoMapsOnOneFileAreRefusedNamingBothKeysBeforeAnythingIsWritten() throws IOException {
        Scenario s = scenario("maps: [a.png, {file: sub/../a.png, projection: world}]\n  geojson: a.geojson");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Scenarios.run(s, dir, p -> fail("nothing written")));
        assertEquals("outputs.maps[1] '" + dir.resolve("a.png") + "': the same file as outputs.maps[0]; "
                + "each output needs its own path", e.getMessage());
        assertOnlyTheScenario(dir);
    }

    @Test
    void geoJsonAndReportOnOneFileAreRefused() throws IOException {
        Scenario s = scenario("geojson: out/a.json\n  coverage: " + dir.resolve("out/a.json"));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Scenarios.run(s, dir, p -> fail("nothing written")));
        assertTrue(e.getMessage().startsWith("outputs.coverage '" + dir.resolve("out/a.json") + "': the same file as "
                + "outputs.geojson;"), e.getMessage());
        assertOnlyTheScenario(dir);
    }

    @Test
    void twoNamesOfOneFileThroughALinkAreRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("link.png"), Path.of("a.png"));   // dangling: writing creates a.png
        Scenario s = scenario("maps: [a.png, link.png]");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Scenarios.run(s, dir, p -> fail("nothing written")));
        assertTrue(e.getMessage().startsWith("outputs.maps[1] '" + dir.resolve("link.png") + "': the same file as "
                + "outputs.maps[0]"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a.png")));
    }

    @Test
    void outputsOutsideTheScenarioFolderAreRefused() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        for (String out : List.of("../escape.geojson", "../../../../../../../../tmp/x.geojson",
                elsewhere.resolve("abs.geojson").toString(), "/etc/x.geojson")) {
            Scenario s = scenario("geojson: '" + out + "'");
            InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                    () -> Scenarios.run(s, project, p -> fail("nothing written")), out);
            String target = project.resolve(out).normalize().toString();
            assertTrue(e.getMessage().startsWith("outputs.geojson '" + target + "': outside the output root "
                    + project.toRealPath() + " (the scenario's folder;"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("escape.geojson")));
        assertFalse(Files.exists(elsewhere.resolve("abs.geojson")));
    }

    @Test
    void linksOutOfTheFolderCannotEscape() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(project.resolve("out"), elsewhere);                              // a directory link
        Files.createSymbolicLink(project.resolve("b.geojson"), elsewhere.resolve("b.geojson"));   // dangling link
        Files.writeString(elsewhere.resolve("c.geojson"), "keep");
        Files.createSymbolicLink(project.resolve("c.geojson"), elsewhere.resolve("c.geojson"));   // a file link
        for (String out : List.of("out/a.geojson", "out/new/dir/a.geojson", "b.geojson", "c.geojson")) {
            Scenario s = scenario("geojson: " + out);
            InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                    () -> Scenarios.run(s, project, p -> fail("nothing written")), out);
            Path real = elsewhere.toRealPath().resolve(out.replaceFirst("^out/", ""));
            assertTrue(e.getMessage().startsWith("outputs.geojson '" + project.resolve(out) + "': resolves to " + real
                    + ", which is outside the output root "), e.getMessage());
        }
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(List.of(elsewhere.resolve("c.geojson")), files.toList(), "nothing written through the links");
        }
        assertEquals("keep", Files.readString(elsewhere.resolve("c.geojson")));
    }

    @Test
    void aNamedRootLetsOutputsLeaveTheScenarioFolder() throws IOException {
        Path examples = Files.createDirectories(dir.resolve("repo/examples"));
        Scenario s = scenario("geojson: ../target/examples/s.geojson");
        assertThrows(InvalidScenarioException.class, () -> Scenarios.run(s, examples, p -> fail("nothing written")));
        List<String> written = new ArrayList<>();
        Scenarios.run(s, examples, dir.resolve("repo"), written::add);
        assertEquals(List.of(dir.resolve("repo/target/examples/s.geojson").toString()), written);
        assertTrue(Files.size(dir.resolve("repo/target/examples/s.geojson")) > 0);

        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> Scenarios.run(s, examples, dir.resolve("repo/examples/nope"), p -> fail("nothing written")));
        assertTrue(e.getMessage().startsWith("output root '" + dir.resolve("repo/examples/nope") + "': "),
                e.getMessage());
    }

    @Test
    void recordsRefuseAnExtensionThatDoesNotMatchTheKind() {
        IllegalArgumentException geojson = assertThrows(IllegalArgumentException.class,
                () -> new Outputs(List.of(), "bands.png", null));
        assertEquals("the geojson output needs a file ending in .geojson, .json, .kml, .kmz, .gpkg, .fgb, .csv,"
                + " got 'bands.png'",
                geojson.getMessage());
        assertEquals(new Outputs(List.of(), "b.GeoJSON", null).geojson(), "b.GeoJSON", "any case");
        assertEquals(new Outputs(List.of(), "b.json", null).geojson(), "b.json");
        assertThrows(IllegalArgumentException.class, () -> new Outputs(List.of(), "geojson", null));
        IllegalArgumentException map = assertThrows(IllegalArgumentException.class, () -> MapOutput.of("m.geojson"));
        assertEquals("map file must end in .png, .svg or .pdf, got 'm.geojson'", map.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CoverageOutput("c.png", "capitals", true));
    }

    /** A one-site scenario with the given outputs (YAML lines under {@code outputs:}, indented by two). */
    private Scenario scenario(String outputs) throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\nmap: {size: 200x150, dpi: 72}\noutputs:\n  "
                + outputs + "\n");
        return Scenarios.load(yaml);
    }

    private static void assertOnlyTheScenario(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(dir, dir.resolve("s.yaml")), files.sorted().toList(), "nothing written");
        }
    }

    private static byte[] command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
