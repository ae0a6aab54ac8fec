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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.cli.Main;
import org.rangekit.scenario.InvalidScenarioException;
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
    void aSiteTwiceIsRefusedForACoverageReport() throws IOException {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, "sites: [mozdok, mozdok]\npreset: inf\noutputs: {coverage: c.md}\n");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> Scenarios.run(yaml, p -> { }));
        assertEquals("sites 'mozdok': given twice; a coverage report counts each site once", e.getMessage());
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
