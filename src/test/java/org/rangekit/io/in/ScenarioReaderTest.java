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
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Interval;
import org.rangekit.range.LengthUnit;
import org.rangekit.range.Lengths;
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
    void mapCentreIsReadInTheSiteGrammarAndSharedByEveryMapOutput() {
        String base = "sites: [kapustin-yar]\npreset: inf\noutputs: {maps: [a.png, {file: b.svg, projection: ortho}]}\n";
        Scenario dec = ScenarioReader.parse(base + "map: {centre: \"48.5, 46.0\"}\n", "t.yaml");
        assertEquals(GeoPoint.of(48.5, 46.0), dec.map().centre());
        assertEquals(dec.map().centre(), dec.outputs().maps().get(1).settings(dec.map()).centre());
        Scenario dms = ScenarioReader.parse(base + "map: {centre: \"48°30′N 46°E\"}\n", "t.yaml");
        assertEquals(GeoPoint.of(48.5, 46.0), dms.map().centre());
        assertNull(ScenarioReader.parse(base, "t.yaml").map().centre(), "default: the middle of the sites");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.parse(base + "map: {centre: \"95, 10\"}\n", "t.yaml"));
        assertTrue(e.getMessage().contains("map.centre '95, 10'") && e.getMessage().contains("latitude 95"),
                e.getMessage());
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
                + " | scenario t.yaml line 3: unknown key 'mapp' in the scenario; expected one of area, bearings, "
                + "categories, compare_earth, count, description, earth, interval, map, max_range, min_range, name, "
                + "outputs, preset, radial_length, radials, ranges, sectors, sites, sites_file, system, targets, union",
        "size             | sites: [kapustin-yar]\\nranges: [500]\\nmap:\\n  size: big\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 4: map.size 'big': expected WIDTHxHEIGHT in pixels, e.g. 2000x1400",
        "range not number | sites: [kapustin-yar]\\nranges: [480, lots]\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 2: ranges 'lots': not a length; expected a number > 0 in km",
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
                + " | scenario t.yaml line 2: give exactly one of preset (e.g. inf), ranges (e.g. [480, 500]), interval with count",
        "bad union        | sites: [kapustin-yar]\\npreset: inf\\nunion: maybe\\noutputs: {maps: [m.png]}"
                + " | scenario t.yaml line 3: union must be true or false",
        "bad yaml         | sites: [kapustin-yar\\npreset: inf | scenario t.yaml line 2: not valid YAML",
        "geojson as png   | sites: [kapustin-yar]\\npreset: inf\\noutputs:\\n  geojson: a.png"
                + " | scenario t.yaml line 4: the geojson output needs a file ending in .geojson, .json, .kml, .kmz,"
                + " .gpkg, .fgb, .csv, got 'a.png'",
        "scalar alias     | sites: [kapustin-yar]\\npreset: inf\\nmap: {title: &t Kapustin Yar}\\n"
                + "outputs: {maps: [m.png]}\\nname: *t"
                + " | scenario t.yaml line 5: YAML alias '*t' is not supported; write the value out in full",
        "mapping alias    | sites: [kapustin-yar]\\npreset: inf\\nmap: &m {dpi: 72}\\noutputs:\\n  maps:\\n"
                + "    - {file: m.png}\\n    - *m"
                + " | scenario t.yaml line 7: YAML alias '*m' is not supported",
        "duplicate key    | sites: [kapustin-yar]\\npreset: inf\\nearth: sphere\\nearth: wgs84\\n"
                + "outputs: {maps: [m.png]}"
                + " | scenario t.yaml line 4: key 'earth' is given twice; give each key once",
        "nested duplicate | sites: [kapustin-yar]\\npreset: inf\\nmap:\\n  title: A\\n  title: B\\n"
                + "outputs: {maps: [m.png]}"
                + " | scenario t.yaml line 5: key 'title' is given twice",
    })
    void refusalsNameTheLine(String what, String yaml, String expected) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.parse(yaml.replace("\\n", "\n"), "t.yaml"));
        assertTrue(e.getMessage().startsWith(expected), "got: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rnages    | rnages: [500]                 | the scenario | ; did you mean 'ranges'?",
        "extentkm  | map: {extentkm: 900}          | map          | ; did you mean 'extent_km'?",
        "Sites     | Sites: [mozdok]               | the scenario | ; did you mean 'sites'?",
        "colour    | colour: red                   | the scenario | ''",
        "dp        | dp: 3                         | the scenario | ''",
    })
    void unknownKeysSuggestOnlyANearMiss(String key, String line, String where, String hint) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.parse(
                "sites: [kapustin-yar]\npreset: inf\n" + line + "\noutputs: {maps: [m.png]}\n", "t.yaml"));
        assertTrue(e.getMessage().startsWith("scenario t.yaml line 3: unknown key '" + key + "' in " + where
                + "; expected one of "), e.getMessage());
        assertTrue(hint.isEmpty() ? !e.getMessage().contains("did you mean") : e.getMessage().endsWith(hint),
                e.getMessage());
    }

    @Test
    void rangesTakeUnitsAsTheCommandLineDoes() {
        Scenario s = ScenarioReader.parse("sites: [kapustin-yar]\nranges: [\"500 km\", 300mi, 480, 1e3, 270nmi]\n"
                + "outputs: {geojson: a.geojson}\n", "t.yaml");
        // 300 mi = 482.8032 km and 270 nmi = 500.04 km exactly (international mile and nautical mile).
        assertEquals(List.of(480.0, 482.8032, 500.0, 500.04, 1000.0),
                s.set().thresholds().stream().map(t -> t.radiusKm()).toList());
        assertEquals("500 km — INF lower limit", s.set().thresholds().get(2).label(), "INF names kept");
    }

    @Test
    void scenarioDefinesItsOwnCategories() {
        Scenario s = ScenarioReader.parse("""
                sites: [kapustin-yar]
                ranges: [300, 1000]
                categories:
                  name: tactical
                  rest: strategic
                  intervals: {short: "[0, 300] km", medium: "(300, 1000]"}
                outputs: {geojson: a.geojson}
                """, "t.yaml");
        assertEquals("tactical", s.set().categorySet().name());
        assertEquals("short", s.set().categoryOf(300));
        assertEquals("medium", s.set().categoryOf(300.001));
        assertEquals("medium", s.set().categoryOf(1000));
        assertEquals("strategic", s.set().categoryOf(1000.001));
        assertEquals("", s.set().thresholds().get(0).name(), "no INF names under other categories");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "with a preset   | preset: inf\\ncategories: {intervals: {a: \"[0, 1]\"}} | line 3: categories go with ranges",
        "no brackets     | ranges: [500]\\ncategories: {intervals: {a: \"0-300\"}} | line 3: category 'a' interval "
                + "'0-300': expected an interval such as [500, 1000] km",
        "bad edge        | ranges: [500]\\ncategories: {intervals: {a: \"[0, lots]\"}} | line 3: category 'a' interval "
                + "'[0, lots]': upper edge 'lots': not a length",
        "overlap         | ranges: [500]\\ncategories: {intervals: {a: \"[0, 300]\", b: \"[300, 500]\"}} | line 3: "
                + "categories overlap at 300 km",
        "unknown key     | ranges: [500]\\ncategories: {interval: {a: \"[0, 1]\"}} | line 3: unknown key 'interval' "
                + "in categories",
    })
    void badCategoriesNameTheLine(String what, String yaml, String expected) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.parse(
                "sites: [kapustin-yar]\n" + yaml.replace("\\n", "\n") + "\noutputs: {geojson: a.geojson}\n",
                "t.yaml"));
        assertTrue(e.getMessage().startsWith("scenario t.yaml " + expected), "got: " + e.getMessage());
    }

    @Test
    void intervalEdgesTakeUnitsAndInfinity() {
        double miKm = Lengths.parseKm("200 mi", LengthUnit.KM); // the same value as --range 200mi
        assertEquals(321.8688, miKm, 1e-12);
        assertEquals(new Interval(0, true, miKm, true), ScenarioReader.interval("[0, 200 mi]"));
        assertEquals(new Interval(0, true, miKm, false), ScenarioReader.interval("[0, 200) mi"));
        assertEquals(new Interval(5500, false, Double.POSITIVE_INFINITY, false), ScenarioReader.interval("(5500, inf)"));
        assertEquals(new Interval(0.5, true, 1000, true), ScenarioReader.interval("[500m, 1000 km]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioReader.interval("[5500, ∞]"));
        assertEquals("an unbounded interval ends with ), e.g. [5500, inf)", e.getMessage());
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
            assertTrue((!s.sites().isEmpty() || s.area() != null) && !s.outputs().maps().isEmpty(), f.toString());
        }
    }
}
