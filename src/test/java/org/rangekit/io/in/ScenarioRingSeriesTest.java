package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.range.CategorySet;
import org.rangekit.range.RingSeries;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.Scenario;

/**
 * The scenario keys that match {@code --sites-file}, {@code --interval/--count} and
 * {@code --min-range/--max-range}: {@code sites_file} (relative to the scenario's folder),
 * {@code interval} with {@code count}, {@code min_range}/{@code max_range}.
 */
class ScenarioRingSeriesTest {

    @TempDir
    Path dir;

    private static List<Double> km(Scenario s) {
        return s.set().thresholds().stream().map(Threshold::radiusKm).toList();
    }

    @Test
    void intervalAndCountGiveTheRingsOfTheCoreRule() {
        Scenario s = ScenarioReader.parse("sites: [kapustin-yar]\ninterval: 500km\ncount: 11\noutputs: {geojson: a.kml}\n",
                "t.yaml");
        assertEquals(List.of(500.0, 1000.0, 1500.0, 2000.0, 2500.0, 3000.0, 3500.0, 4000.0, 4500.0, 5000.0, 5500.0),
                km(s));
        assertEquals(RingSeries.every("--interval", "500km", "--count", "11", CategorySet.inf()), s.set());
        // The INF names of 500 and 1,000 km are kept, as on the command line.
        assertEquals(Threshold.Role.LIMIT, s.set().thresholds().get(0).role());
        Scenario mi = ScenarioReader.parse("sites: [kapustin-yar]\ninterval: 300mi\ncount: 2\noutputs: {geojson: a.kml}\n",
                "t.yaml");
        assertEquals(List.of(482.8032, 965.6064), km(mi));
    }

    @Test
    void minAndMaxRangeGiveOneOrTwoRings() {
        assertEquals(List.of(50.0, 400.0), km(ScenarioReader.parse(
                "sites: [kapustin-yar]\nmin_range: 50km\nmax_range: 400\noutputs: {geojson: a.kml}\n", "t.yaml")));
        assertEquals(List.of(400.0), km(ScenarioReader.parse(
                "sites: [kapustin-yar]\nmax_range: 400km\noutputs: {geojson: a.kml}\n", "t.yaml")));
    }

    @Test
    void categoriesGoWithAnIntervalToo() {
        Scenario s = ScenarioReader.parse("""
                sites: [kapustin-yar]
                interval: 1000
                count: 3
                categories: {intervals: {near: "[0, 1500] km"}}
                outputs: {geojson: a.kml}
                """, "t.yaml");
        assertEquals(List.of(1000.0, 2000.0, 3000.0), km(s));
        assertEquals("custom", s.set().categorySet().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            count alone            | count: 11                                 | line 2: give interval and count together
            interval alone         | interval: 500km                           | line 2: give interval and count together
            count too large        | 'interval: 5km\ncount: 500'               | line 3: count '500': expected a whole number of rings from 1 to 100
            count not a number     | 'interval: 5km\ncount: many'              | line 3: count 'many': expected a whole number of rings from 1 to 100
            bad interval           | 'interval: -5km\ncount: 5'                | line 2: interval '-5km': must be > 0
            min alone              | min_range: 50km                           | line 2: min_range goes with max_range
            min not below max      | 'min_range: 600km\nmax_range: 500km'      | line 2: min_range '600km': must be smaller than max_range 500km
            bad max                | max_range: far                            | line 2: max_range 'far':
            with a preset          | 'preset: inf\ninterval: 5km\ncount: 3'    | line 2: give exactly one of preset (e.g. inf), ranges (e.g. [480, 500]), interval with count, or max_range
            with ranges            | 'ranges: [500]\nmax_range: 600'           | line 2: give exactly one of
            """)
    void refusalsNameTheKeyAndLine(String what, String keys, String expected) {
        String yaml = "sites: [kapustin-yar]\n" + keys.replace("\\n", "\n") + "\noutputs: {geojson: a.kml}\n";
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.parse(yaml, "t.yaml"));
        assertTrue(e.getMessage().startsWith("scenario t.yaml " + expected), e.getMessage());
    }

    @Test
    void sitesFileIsReadRelativeToTheScenariosFolderAfterTheSites() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scen"));
        Files.writeString(folder.resolve("mine.csv"), "id,name,lat,lon,uncertainty_km,source,notes\n"
                + "north,North test,69.5,33.25,2,my source,\nsouth,South test,-45.125,170.5,0,other source,\n");
        Path yaml = folder.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nsites_file: mine.csv\npreset: inf\noutputs: {geojson: a.kml}\n");
        Scenario s = ScenarioReader.read(yaml);
        List<Site> fromFile = SiteFiles.read(folder.resolve("mine.csv"), "");
        assertEquals("kapustin-yar", s.sites().get(0).id());
        assertEquals(fromFile, s.sites().subList(1, 3));
        assertEquals(2.0, s.sites().get(1).uncertaintyKm());
        // sites_file alone is enough.
        Files.writeString(yaml, "sites_file: mine.csv\npreset: inf\noutputs: {geojson: a.kml}\n");
        assertEquals(fromFile, ScenarioReader.read(yaml).sites());
    }

    @Test
    void sitesFileRefusalsNameTheFile() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nsites_file: missing.kml\npreset: inf\noutputs: {geojson: a.kml}\n");
        InvalidScenarioException missing = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(yaml));
        assertTrue(missing.getMessage().endsWith("line 2: sites_file 'missing.kml': no such file"), missing.getMessage());
        Files.writeString(dir.resolve("ky.csv"), "id,name,lat,lon,uncertainty_km,source,notes\n"
                + "ky,KY again,48.58175,45.74481,0,mine,\n");
        Files.writeString(yaml, "sites: [kapustin-yar]\nsites_file: ky.csv\npreset: inf\noutputs: {geojson: a.kml}\n");
        InvalidScenarioException twice = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(yaml));
        assertTrue(twice.getMessage().endsWith("line 2: sites_file 'ky.csv': site 'ky' is the same site as "
                + "'kapustin-yar', given before; give each site once"), twice.getMessage());
        Files.writeString(yaml, "preset: inf\noutputs: {geojson: a.kml}\n");
        InvalidScenarioException none = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(yaml));
        assertTrue(none.getMessage().contains("(or sites_file: FILE)"), none.getMessage());
    }
}
