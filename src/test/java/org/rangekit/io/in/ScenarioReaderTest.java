package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Scenario;

/** {@link ScenarioReader}: what a file gives, and every refusal naming its line. */
class ScenarioReaderTest {

    @Test
    void readsEveryKey() {
        Scenario s = ScenarioReader.parse("""
                name: test
                sites: [kapustin-yar, "44.1,24.4"]
                ranges: [500, 480]
                earth: sphere
                union: true
                targets: [deveselu]
                map: {projection: ortho, size: 800x600, dpi: 96, extent_km: 900, basemap: 50m, title: T}
                outputs:
                  maps: [a.png, {file: b.svg, projection: world, size: 400x300, extent_km: 100, subtitle: S}]
                  geojson: a.geojson
                  coverage: {file: c.csv, targets: countries, summary: false}
                """, "t.yaml");
        assertEquals(List.of("kapustin-yar", "44.1,24.4"), s.sites().stream().map(x -> x.id()).toList());
        assertEquals(List.of(480.0, 500.0), s.set().thresholds().stream().map(t -> t.radiusKm()).toList());
        assertEquals(EarthModel.SPHERE, s.earth());
        assertTrue(s.union());
        assertEquals("deveselu", s.targets().places().get(0).id());
        assertEquals(new MapSettings(ProjectionKind.ORTHO, 800, 600, 96, 900, "50m", "T", null), s.map());
        MapSettings b = s.outputs().maps().get(1).settings(s.map());
        assertEquals(new MapSettings(ProjectionKind.WORLD, 400, 300, 96, 100, "50m", "T", "S"), b);
        assertEquals(s.map(), s.outputs().maps().get(0).settings(s.map()));
        assertEquals("a.geojson", s.outputs().geojson());
        assertEquals("countries", s.outputs().coverage().targets());
        assertEquals("csv", s.outputs().coverage().format());
    }

    @Test
    void defaults() {
        Scenario s = ScenarioReader.parse("sites: [kapustin-yar]\npreset: inf\ntargets: capitals\n"
                + "outputs: {coverage: c.md}\n", "t.yaml");
        assertEquals(ThresholdSet.inf(), s.set());
        assertEquals(EarthModel.WGS84, s.earth());
        assertEquals(MapSettings.DEFAULT, s.map());
        assertTrue(s.targets().capitals());
        assertEquals("capitals", s.outputs().coverage().targets(), "capitals when the scenario marks capitals");
        assertTrue(s.outputs().coverage().summary());
        assertNull(s.outputs().geojson());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key      | sites: [kapustin-yar]\\npreset: inf\\nmapp: {}\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 3: unknown key 'mapp' in the scenario; expected one of description, "
                + "earth, map, name, outputs, preset, ranges, sites, targets, union",
        "size             | sites: [kapustin-yar]\\nranges: [500]\\nmap:\\n  size: big\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 4: map.size 'big': expected WIDTHxHEIGHT in pixels, e.g. 2000x1400",
        "range not number | sites: [kapustin-yar]\\nranges: [480, lots]\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 2: ranges: 'lots' is not a number of km",
        "range twice      | sites: [kapustin-yar]\\nranges: [480, 480]\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 2: range 480 km is given twice",
        "unknown site     | sites:\\n  - kapustin-yar\\n  - atlantis\\npreset: inf\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 3: sites 'atlantis': unknown site id",
        "bad earth        | sites: [kapustin-yar]\\npreset: inf\\nearth: flat\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 3: earth 'flat': unknown earth model; expected wgs84 or sphere",
        "bad map file     | sites: [kapustin-yar]\\npreset: inf\\noutputs:\\n  maps: [m.gif]"
                + " | scenario t.yaml line 4: map file must end in .png, .svg or .pdf, got 'm.gif'",
        "no outputs       | sites: [kapustin-yar]\\npreset: inf\\noutputs: {}"
                + " | scenario t.yaml line 3: outputs must list at least one map, a geojson file or a coverage report",
        "both ranges      | sites: [kapustin-yar]\\npreset: inf\\nranges: [1]\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 2: give exactly one of preset (e.g. inf) or ranges (e.g. [480, 500])",
        "bad union        | sites: [kapustin-yar]\\npreset: inf\\nunion: maybe\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 3: union must be true or false",
        "bad yaml         | sites: [kapustin-yar\\npreset: inf | scenario t.yaml line 2: not valid YAML",
    })
    void refusalsNameTheLine(String what, String yaml, String expected) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.parse(yaml.replace("\\n", "\n"), "t.yaml"));
        assertTrue(e.getMessage().startsWith(expected), "got: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void missingFileIsNamed() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.read(Path.of("no/such.yaml")));
        assertEquals("scenario 'no/such.yaml': no such file", e.getMessage());
    }

    @Test
    void everyExampleReads() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "examples: " + files);
        for (Path f : files) {
            Scenario s = ScenarioReader.read(f);
            assertTrue(!s.sites().isEmpty() && !s.outputs().maps().isEmpty(), f.toString());
        }
    }
}
