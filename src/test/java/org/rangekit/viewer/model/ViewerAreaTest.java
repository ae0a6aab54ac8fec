package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.Slow;
import org.rangekit.api.Areas;
import org.rangekit.api.Scenarios;
import org.rangekit.cli.Main;
import org.rangekit.coverage.Target;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.AreaDistance;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.OverlayFormat;

/**
 * The viewer from an area (no JavaFX): the table against {@code rangekit coverage --from-country
 * --summary} and against a brute-force count over GeographicLib, the readout against
 * {@link Areas#distance} and against the area's boundary sampled along its geodesic edges with
 * GeographicLib, and saved scenarios whose {@code run} writes the exports' bytes.
 */
class ViewerAreaTest {

    /** The Kaliningrad exclave: the part of RUS containing Kaliningrad. */
    private static final GeoPoint KALININGRAD = GeoPoint.of(54.71, 20.51);
    /** How far the readout may be from the distance to the boundary sampled every {@value #STEP_M} m (metres). */
    private static final double READOUT_TOLERANCE_M = 1.0;
    /** Sampling step along the boundary's geodesic edges (metres): the sampled minimum overshoots by under 0.5 m at 10 km. */
    private static final double STEP_M = 200;

    @TempDir
    Path dir;

    private static ViewArea exclave() {
        return ViewArea.country("RUS", KALININGRAD, EarthModel.WGS84);
    }

    private static ViewState exclave(ThresholdSet set) {
        return ViewState.ofArea(exclave(), set, EarthModel.WGS84, ProjectionKind.AEQD, Double.NaN);
    }

    @Test
    @Slow // tens of seconds: band buffers traced twice (viewer and run or the command)
    void tableEqualsCoverageFromTheAreaWithSummary() {
        ViewState s = exclave(ThresholdSet.custom(List.of(480.0, 500.0, 1000.0)));
        List<Target> capitals = CoverageTable.targets("capitals");
        CoverageTable counts = CoverageTable.counts(s, capitals, f -> { });
        CoverageTable table = CoverageTable.compute(s, capitals, f -> { });
        assertFalse(counts.complete());
        assertTrue(table.complete());

        String csv = cli("coverage", "--from-country", "RUS", "--part-containing", "54.71,20.51", "--range",
                "480,500,1000", "--targets", "capitals", "--summary", "--format", "csv");
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\n")) {
            List<String> f = csvFields(line);
            if (!f.isEmpty() && f.get(0).equals("area")) {
                rows.add(f);
            }
        }
        assertEquals(4, rows.size(), csv); // three bands and beyond
        assertEquals(rows.size(), table.rows().size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> want = rows.get(i);
            CoverageTable.Row got = table.rows().get(i);
            CoverageTable.Row early = counts.rows().get(i);
            assertEquals(want.get(1), got.band());
            assertEquals(want.get(3), got.category());
            assertEquals(Long.parseLong(want.get(4)), got.figures().targets(), got.band());
            assertEquals(Long.parseLong(want.get(5)), got.figures().targetsPopulation(), got.band());
            if (want.get(6).isEmpty()) {
                assertTrue(Double.isNaN(got.figures().areaTotalKm2()), got.band());
            } else {
                assertEquals(Double.parseDouble(want.get(6)), got.figures().areaTotalKm2(), 0.0, got.band());
            }
            assertTrue(got.fromArea() && !got.areasPending());
            // The counts shown first: the same targets and populations, the bands' areas pending.
            assertEquals(got.band(), early.band());
            assertEquals(got.figures().targets(), early.figures().targets(), got.band());
            assertEquals(got.figures().targetsPopulation(), early.figures().targetsPopulation(), got.band());
            assertEquals(i < rows.size() - 1, early.areasPending(), got.band());
        }
    }

    @Test
    void countsFromTheExclaveEqualABruteForceCount() {
        ThresholdSet inf = ThresholdSet.inf();
        ViewState s = exclave(inf);
        List<Target> capitals = CoverageTable.targets("capitals");
        CoverageTable counts = CoverageTable.counts(s, capitals, f -> { });
        List<Threshold> ts = inf.thresholds();
        long[] n = new long[ts.size() + 1];
        long[] pop = new long[ts.size() + 1];
        var area = s.area().origin().area();
        for (Target t : capitals) {
            double d = Areas.distance(area, GeoPoint.of(t.latDeg(), t.lonDeg())).distanceMeters();
            int b = 0;
            while (b < ts.size() && d > ts.get(b).radiusMeters()) {
                b++;
            }
            n[b]++;
            pop[b] += Math.max(0, t.population());
        }
        assertEquals(ts.size() + 1, counts.rows().size());
        for (int b = 0; b <= ts.size(); b++) {
            assertEquals(n[b], counts.rows().get(b).figures().targets(), counts.rows().get(b).band());
            assertEquals(pop[b], counts.rows().get(b).figures().targetsPopulation(), counts.rows().get(b).band());
        }
        assertEquals(capitals.size(), java.util.Arrays.stream(n).sum());
    }

    @Test
    void readoutGivesTheDistanceToTheAreaAsGeographicLibMeasuresIt() {
        ViewState s = exclave(ThresholdSet.inf());
        var area = s.area().origin().area();
        // Inside: 0, and the shortest range's category.
        Readout in = Readout.at(s, KALININGRAD);
        assertEquals(0.0, in.neededKm());
        assertTrue(in.areaLine(s).endsWith("inside (0 km)"), in.areaLine(s));
        assertEquals(ThresholdSet.inf().categoryOf(0), in.category());
        assertTrue(in.siteLines(s.sites()).isEmpty());

        SplittableRandom rnd = new SplittableRandom(20261202L);
        int checked = 0;
        for (int i = 0; i < 12; i++) {
            // Points 30–1,500 km from Kaliningrad in any direction.
            GeodesicData p = Geodesic.WGS84.Direct(KALININGRAD.latDeg(), KALININGRAD.lonDeg(), rnd.nextDouble(0, 360),
                    rnd.nextDouble(30_000, 1_500_000));
            GeoPoint pt = GeoPoint.of(p.lat2, p.lon2);
            Readout r = Readout.at(s, pt);
            AreaDistance api = Areas.distance(area, pt);
            assertEquals(api.distanceKm(), r.neededKm(), 0.0);
            assertEquals(ThresholdSet.inf().categoryOf(api.distanceKm()), r.category());
            assertNotNull(r.fromArea());
            if (api.inside()) {
                assertEquals(0.0, r.neededKm());
                continue;
            }
            double sampled = sampledBoundaryDistanceM(area.rings(), pt);
            assertEquals(sampled, r.neededKm() * 1000, READOUT_TOLERANCE_M, "at " + pt);
            assertTrue(r.needLine().startsWith("needs "), r.needLine());
            assertTrue(r.areaLine(s).contains(String.format(java.util.Locale.ROOT, "%.3f km", api.distanceKm())));
            checked++;
        }
        assertTrue(checked >= 8, "points outside the exclave: " + checked);
    }

    /** The least GeographicLib distance from {@code p} to the rings sampled along their geodesic edges. */
    private static double sampledBoundaryDistanceM(List<List<GeoPoint>> rings, GeoPoint p) {
        double best = Double.POSITIVE_INFINITY;
        for (List<GeoPoint> ring : rings) {
            for (int i = 0; i + 1 < ring.size(); i++) {
                GeoPoint a = ring.get(i);
                GeoPoint b = ring.get(i + 1);
                GeodesicLine line = Geodesic.WGS84.InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(),
                        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
                int n = Math.max(1, (int) Math.ceil(line.Distance() / STEP_M));
                for (int k = 0; k <= n; k++) {
                    GeodesicData q = line.Position(line.Distance() * k / n);
                    best = Math.min(best, Geodesic.WGS84.Inverse(p.latDeg(), p.lonDeg(), q.lat2, q.lon2).s12);
                }
            }
        }
        return best;
    }

    @Test
    @Slow // tens of seconds: band buffers traced twice (viewer and run or the command)
    void savedScenarioFromTheExclaveRunsToTheSameFiles() throws Exception {
        ViewState s = exclave(ThresholdSet.custom(List.of(480.0, 500.0)));
        Path saved = dir.resolve("saved");
        Path again = dir.resolve("again");
        Files.createDirectories(saved);
        Files.createDirectories(again);
        List<String> files = Exports.saveScenario(s, 160, 100, saved.resolve("k.yaml"), OverlayFormat.GEOJSON);
        assertEquals(List.of("k.png", "k.geojson", "k-coverage.csv"), files);
        String yaml = Files.readString(saved.resolve("k.yaml"));
        assertTrue(yaml.contains("area: {\"country\":\"RUS\",\"part_containing\":\"54.71,20.51\",\"name\":"), yaml);
        assertFalse(yaml.contains("sites:") || yaml.contains("union:"), yaml);
        runsToTheSameBytes(saved, again, "k.yaml", files);
    }

    @Test
    @Slow // tens of seconds: band buffers traced twice (viewer and run or the command)
    void anAreaFileOfAScenarioIsSavedByItsPathAndRunsToTheSameFiles() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("box.geojson"), "{\"type\":\"Polygon\",\"coordinates\":[[[44,47],[46,47],"
                + "[46,49],[44,49],[44,47]]]}");
        Files.writeString(src.resolve("box.yaml"), "area: box.geojson\nranges: [100, 300]\ntargets: none\n"
                + "outputs:\n  geojson: box-out.geojson\n");
        ViewState s = ViewState.of(Scenarios.load(src.resolve("box.yaml")), src.resolve("box.yaml"))
                .withTargets("capitals");
        assertTrue(s.fromArea());
        assertEquals("box.geojson", s.area().origin().name());
        Path saved = dir.resolve("elsewhere");
        Path again = dir.resolve("again");
        Files.createDirectories(saved);
        Files.createDirectories(again);
        List<String> files = Exports.saveScenario(s, 120, 90, saved.resolve("b.yaml"), OverlayFormat.KMZ);
        assertEquals(List.of("b.png", "b.kmz", "b-coverage.csv"), files);
        String yaml = Files.readString(saved.resolve("b.yaml"));
        assertTrue(yaml.contains(src.resolve("box.geojson").toAbsolutePath().toString()), yaml);
        assertTrue(yaml.contains("\"name\":\"box.geojson\""), yaml);
        runsToTheSameBytes(saved, again, "b.yaml", files);
    }

    @Test
    void keptMapBuffersAreThoseAreaRangesTraces() {
        ViewArea a = exclave();
        ThresholdSet first = ThresholdSet.custom(List.of(100.0, 200.0));
        ThresholdSet moved = ThresholdSet.custom(List.of(100.0, 250.0));
        for (ThresholdSet set : List.of(first, moved, first)) {
            var kept = a.buffers(set);
            var fresh = org.rangekit.api.AreaRanges.buffers(a.origin(), set, org.rangekit.api.AreaRanges.MAP_TOLERANCE_M);
            assertEquals(fresh.size(), kept.size());
            for (int i = 0; i < fresh.size(); i++) {
                assertTrue(fresh.get(i).equalsExact(kept.get(i)), set + " ring " + i);
            }
        }
        assertTrue(a.buffers(first).get(0) == a.buffers(moved).get(0), "the unmoved ring is traced once");
    }

    @Test
    void siteEditsAreRefusedFromAnArea() {
        ViewState s = exclave(ThresholdSet.inf());
        assertTrue(s.hasOrigin() && !s.hasSites());
        assertThrows(IllegalArgumentException.class, () -> s.withSite(ViewState.parseSite("kapustin-yar")));
        assertThrows(IllegalArgumentException.class, () -> s.withUnion(true));
        assertThrows(IllegalArgumentException.class, () -> s.withCompareSites(true));
        // Ranges are edited as from sites; the centre is the area's.
        ViewState edited = s.withRangesKm(List.of(300.0, 700.0));
        assertEquals(List.of(300.0, 700.0), edited.rangesKm());
        assertEquals(s.area().origin().centre(), edited.viewCentre());
        assertEquals(exclave(), edited.area());
    }

    private static void runsToTheSameBytes(Path saved, Path again, String yaml, List<String> files) throws Exception {
        Files.copy(saved.resolve(yaml), again.resolve(yaml));
        List<String> written = new ArrayList<>();
        Scenarios.run(again.resolve(yaml), written::add);
        assertEquals(files.size(), written.size(), written.toString());
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(saved.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The fields of a CSV line (RFC 4180 quotes). */
    private static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else if (c != '\r') {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
