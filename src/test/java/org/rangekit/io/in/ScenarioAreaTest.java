package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.Scenario;

/** A scenario's {@code area:}: a file relative to the scenario, a country or its part, inline GeoJSON or WKT. */
class ScenarioAreaTest {

    private static final String REST = "\nranges: [500]\noutputs:\n  geojson: a.geojson\n";

    @TempDir
    Path dir;

    @Test
    void aFileIsReadRelativeToTheScenarioFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("box.wkt"), "POLYGON ((30 50, 31 50, 31 51, 30 51, 30 50))", StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("s.yaml"), "area: box.wkt" + REST, StandardCharsets.UTF_8);
        Scenario s = ScenarioReader.read(sub.resolve("s.yaml"));
        assertEquals("box.wkt", s.area().name());
        assertTrue(s.sites().isEmpty());
        assertTrue(s.area().area().contains(GeoPoint.of(50.5, 30.5)));
        assertTrue(!s.area().area().contains(GeoPoint.of(50.5, 31.5)));
    }

    @Test
    void aCountryPartIsNamedAsTheCommandLineNamesIt() {
        Scenario s = ScenarioReader.parse("area: {country: RUS, part_containing: \"54.71,20.51\"}" + REST, "t.yaml");
        assertEquals("RUS (part containing 54.71, 20.51)", s.area().name());
        assertTrue(s.area().area().contains(GeoPoint.of(54.71, 20.51)));
        assertTrue(!s.area().area().contains(GeoPoint.of(55.75, 37.62)), "Moscow is not in the exclave");
    }

    @Test
    void inlineGeoJsonAndWktWithAName() {
        Scenario g = ScenarioReader.parse("area:\n  name: launch box\n  geojson: {type: Polygon, coordinates: "
                + "[[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]]}" + REST, "t.yaml");
        assertEquals("launch box", g.area().name());
        assertTrue(g.area().area().contains(GeoPoint.of(50.5, 30.5)));
        Scenario w = ScenarioReader.parse("area: {wkt: \"LINESTRING (30 50, 31 50)\"}" + REST, "t.yaml");
        assertEquals("inline WKT", w.area().name());
        assertEquals(1, w.area().area().lines().size());
    }

    @Test
    void refusalsNameTheLine() {
        assertRefused("area: {country: RUS, wkt: \"POINT (1 2)\"}" + REST, "line 1: area must be a file name");
        assertRefused("area: {wkt: \"POINT (1 2)\", part_containing: \"1,2\"}" + REST,
                "part_containing only goes with country");
        assertRefused("area: {country: RUS, part_containing: \"0,0\"}" + REST, "no part of Russia");
        assertRefused("area: {wkt: \"POLYGON ((\"}" + REST, "not valid WKT");
        assertRefused("area: {contry: RUS}" + REST, "unknown key 'contry'");
        assertRefused("area: missing.geojson" + REST, "area file 'missing.geojson': cannot read");
        assertRefused("area: {country: RUS}\nunion: true" + REST, "go with sites, not with an area");
    }

    private static void assertRefused(String yaml, String fragment) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.parse(yaml, "t.yaml"));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
