package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.Slow;
import org.rangekit.io.in.data.Country;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;

/**
 * Ranges from an area through the CLI, against a brute force that shares nothing with the code
 * under test but GeographicLib's inverse problem and the embedded country outline: the Kaliningrad
 * exclave's boundary (RFC 7946 straight lon/lat edges) sampled every {@value #STEP_M} m, the
 * distance from a point being the least inverse distance to a sample (0 inside the lon/lat polygon).
 * Sampling every 500 m overstates a distance of 500 km by at most h²/(8d) ≈ 0.06 m.
 */
@Slow
class RangesFromAreaTest {

    /** Brute-force sample spacing along the exclave's boundary (metres). */
    static final double STEP_M = 500;
    /** The polygons' tolerance, as passed to {@code rings --tolerance} (metres). */
    static final double TOLERANCE_M = 50;
    /** What the brute force itself may be off by (metres): sampling and the lon/lat reading of edges. */
    static final double BRUTE_FORCE_M = 1;
    /** No target of the compare test lies this close (metres) to an edge of the band, by brute force. */
    static final double BAND_EDGE_M = 10;
    /** {@code distance_km} is printed with 3 decimals. */
    static final double PRINTED_KM = 0.0005;

    private static final Geodesic G = Geodesic.WGS84;
    private static final GeometryFactory GF = new GeometryFactory();
    private static Polygon exclave;
    private static double[] sampleLat;
    private static double[] sampleLon;

    @TempDir
    Path dir;

    @BeforeAll
    static void sampleTheExclave() {
        Country rus = EmbeddedData.countries(Scale.S50M).stream().filter(c -> c.isoA3().equals("RUS")).findFirst()
                .orElseThrow();
        var kaliningrad = GF.createPoint(new Coordinate(20.51, 54.71));
        for (int i = 0; i < rus.geometry().getNumGeometries(); i++) {
            if (rus.geometry().getGeometryN(i).covers(kaliningrad)) {
                exclave = (Polygon) rus.geometry().getGeometryN(i);
            }
        }
        List<double[]> samples = new ArrayList<>();
        List<Coordinate[]> rings = new ArrayList<>();
        rings.add(exclave.getExteriorRing().getCoordinates());
        for (int i = 0; i < exclave.getNumInteriorRing(); i++) {
            rings.add(exclave.getInteriorRingN(i).getCoordinates());
        }
        for (Coordinate[] cs : rings) {
            for (int i = 0; i + 1 < cs.length; i++) {
                double len = G.Inverse(cs[i].y, cs[i].x, cs[i + 1].y, cs[i + 1].x, GeodesicMask.DISTANCE).s12;
                int n = Math.max(1, (int) Math.ceil(len / STEP_M));
                for (int k = 0; k < n; k++) {
                    double t = (double) k / n;
                    samples.add(new double[] {cs[i].y + t * (cs[i + 1].y - cs[i].y), cs[i].x + t * (cs[i + 1].x - cs[i].x)});
                }
            }
        }
        sampleLat = samples.stream().mapToDouble(s -> s[0]).toArray();
        sampleLon = samples.stream().mapToDouble(s -> s[1]).toArray();
        assertTrue(sampleLat.length > 500, "the exclave's boundary is sampled: " + sampleLat.length);
    }

    /** Brute-force distance (metres) from a point to the exclave: 0 inside, else to the nearest sample. */
    static double bruteForce(double lat, double lon) {
        if (exclave.covers(GF.createPoint(new Coordinate(lon, lat)))) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sampleLat.length; i++) {
            best = Math.min(best, G.Inverse(lat, lon, sampleLat[i], sampleLon[i], GeodesicMask.DISTANCE).s12);
        }
        return best;
    }

    @Test
    void ringsAt500KmLieAt500KmFromTheExclaveByBruteForce() throws IOException {
        Cli.Result r = Cli.run("rings", "--from-country", "RUS", "--part-containing", "54.71,20.51", "--range", "500",
                "--tolerance", TOLERANCE_M + "m", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode fc = GeoJsonTestReader.tree(r.stdoutBytes());
        JsonNode disc = null;
        for (JsonNode f : fc.get("features")) {
            if (f.at("/properties/kind").asText().equals("disc")) {
                disc = f;
            }
        }
        assertTrue(disc != null, "a disc feature");
        assertEquals("RUS (part containing 54.71, 20.51)", disc.at("/properties/origin").asText());
        assertEquals("500 km \u2014 INF lower limit", disc.at("/properties/name").asText());
        Geometry g = GeoJsonTestReader.geometry(disc.get("geometry"));
        Coordinate[] cs = g.getCoordinates();
        // Every 4th vertex and the lon/lat midpoint of the edge after it (GeoJSON edges are straight in lon/lat).
        double worstVertex = 0;
        double worstMid = 0;
        int checked = 0;
        for (int i = 0; i + 1 < cs.length; i += 4) {
            double dv = bruteForce(cs[i].y, cs[i].x) - 500_000;
            double dm = bruteForce((cs[i].y + cs[i + 1].y) / 2, (cs[i].x + cs[i + 1].x) / 2) - 500_000;
            worstVertex = Math.max(worstVertex, Math.abs(dv));
            worstMid = Math.max(worstMid, Math.abs(dm));
            checked++;
        }
        System.out.printf(Locale.ROOT, "RangesFromAreaTest: Kaliningrad 500 km, %d of %d vertices: worst |d - r| %.3f m,"
                + " worst edge midpoint %.3f m (tolerance %.0f m)%n", checked, cs.length, worstVertex, worstMid,
                TOLERANCE_M);
        assertTrue(checked > 400, "vertices checked: " + checked);
        assertTrue(worstVertex <= TOLERANCE_M + BRUTE_FORCE_M, "worst vertex " + worstVertex + " m");
        assertTrue(worstMid <= TOLERANCE_M + BRUTE_FORCE_M, "worst midpoint " + worstMid + " m");
    }

    @Test
    void capitalsFromTheExclaveAreCountedAsTheBruteForceCountsThem() throws IOException {
        Path csv = dir.resolve("c.csv");
        Cli.Result r = Cli.run("coverage", "--from-country", "RUS", "--part-containing", "54.71,20.51", "--preset",
                "inf", "--targets", "capitals", "-o", csv.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> head = List.of(lines.get(0).split(","));
        int lat = head.indexOf("lat");
        int lon = head.indexOf("lon");
        int dist = head.indexOf("distance_km");
        double[] edgesKm = {480, 500, 1000, 5500};
        Map<Integer, Integer> reported = new LinkedHashMap<>();
        Map<Integer, Integer> brute = new LinkedHashMap<>();
        double worstKm = 0;
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            double km = Double.parseDouble(c[dist]);
            double bf = bruteForce(Double.parseDouble(c[lat]), Double.parseDouble(c[lon])) / 1000;
            worstKm = Math.max(worstKm, Math.abs(km - bf));
            for (double e : edgesKm) {
                assertTrue(Math.abs(bf - e) > 0.01, c[0] + " lies within 10 m of the " + e + " km edge");
            }
            reported.merge(band(km, edgesKm), 1, Integer::sum);
            brute.merge(band(bf, edgesKm), 1, Integer::sum);
            rows++;
        }
        System.out.printf(Locale.ROOT, "RangesFromAreaTest: %d capitals from the Kaliningrad exclave, bands %s, "
                + "worst |distance_km - brute force| %.4f km%n", rows, brute, worstKm);
        assertTrue(rows > 150, "capitals: " + rows);
        assertEquals(brute, reported);
        assertTrue(worstKm <= PRINTED_KM + BRUTE_FORCE_M / 1000, "worst " + worstKm + " km");
        assertTrue(brute.getOrDefault(0, 0) >= 3 && brute.getOrDefault(3, 0) > 50, "bands hold capitals: " + brute);

        // The summary counts the same targets per band (its last row: beyond 5,500 km).
        Path sum = dir.resolve("s.csv");
        Cli.Result rs = Cli.run("coverage", "--from-country", "RUS", "--part-containing", "54.71,20.51", "--preset",
                "inf", "--targets", "capitals", "--summary", "-o", sum.toString());
        assertEquals(0, rs.exitCode(), rs.toString());
        List<String> srows = Files.readAllLines(sum, StandardCharsets.UTF_8);
        int targetsAt = List.of(srows.get(0).split(",")).indexOf("targets");
        Map<Integer, Integer> summed = new LinkedHashMap<>();
        for (int i = 1; i < srows.size(); i++) {
            String[] c = srows.get(i).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            int n = Integer.parseInt(c[targetsAt]);
            if (n > 0) {
                summed.put(i - 1, n);
            }
        }
        assertEquals(new java.util.TreeMap<>(brute), new java.util.TreeMap<>(summed));
    }

    private static int band(double km, double[] edgesKm) {
        for (int i = 0; i < edgesKm.length; i++) {
            if (km <= edgesKm[i]) {
                return i;
            }
        }
        return edgesKm.length;
    }

    /** Brute-force distance (metres) to every {@code stride}-th sample: at most the spacing's overstatement more. */
    static double coarse(double lat, double lon, int stride) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sampleLat.length; i += stride) {
            best = Math.min(best, G.Inverse(lat, lon, sampleLat[i], sampleLon[i], GeodesicMask.DISTANCE).s12);
        }
        return best;
    }

    /**
     * {@code compare} from the exclave, 480 → 500 km: the capitals it lists and the cities population
     * it sums are those the brute force puts in (480, 500] km; and 500 → 480 km gives the same band up.
     */
    @Test
    void compareFromTheExclaveListsWhatTheBruteForcePutsInTheBand() throws IOException {
        String[] k = {"compare", "--from-country", "RUS", "--part-containing", "54.71,20.51"};
        Path csv = dir.resolve("cmp.csv");
        Path sum = dir.resolve("sum.csv");
        Path removed = dir.resolve("removed.csv");
        Cli.Result r = Cli.run(concat(k, new String[] {"--range", "480", "--vs-range", "500"}, "--targets", "capitals",
                "-o", csv.toString()));
        assertEquals(0, r.exitCode(), r.toString());
        Cli.Result rs = Cli.run(concat(k, new String[] {"--range", "480", "--vs-range", "500"}, "--targets", "cities",
                "--summary", "-o", sum.toString()));
        assertEquals(0, rs.exitCode(), rs.toString());
        Cli.Result rr = Cli.run(concat(k, new String[] {"--range", "500", "--vs-range", "480"}, "--targets", "capitals",
                "-o", removed.toString()));
        assertEquals(0, rr.exitCode(), rr.toString());

        java.util.TreeSet<String> brute = new java.util.TreeSet<>();
        for (org.rangekit.io.in.data.City c : EmbeddedData.cities()) {
            if (c.capital()) {
                double d = bruteForce(c.latDeg(), c.lonDeg());
                assertTrue(Math.abs(d - 480e3) > BAND_EDGE_M && Math.abs(d - 500e3) > BAND_EDGE_M, c.name());
                if (d > 480e3 && d <= 500e3) {
                    brute.add(c.name());
                }
            }
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("change,name,country,lat,lon,site,distance_km,category,population", lines.get(0));
        java.util.TreeSet<String> listed = new java.util.TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertEquals("added", c[0]);
            assertEquals("area", c[5]);
            listed.add(c[1]);
            double bf = bruteForce(Double.parseDouble(c[3]), Double.parseDouble(c[4])) / 1000;
            assertEquals(bf, Double.parseDouble(c[6]), PRINTED_KM + BRUTE_FORCE_M / 1000, line);
        }
        System.out.printf(Locale.ROOT, "RangesFromAreaTest: compare 480 -> 500 km from the exclave: capitals %s%n",
                listed);
        assertEquals(brute, listed);
        assertTrue(!brute.isEmpty(), "the band holds a capital");
        List<String> gone = Files.readAllLines(removed, StandardCharsets.UTF_8);
        assertEquals(brute.size() + 1, gone.size());
        assertTrue(gone.subList(1, gone.size()).stream().allMatch(l -> l.startsWith("removed,")), gone.toString());

        // Cities: a coarse pass (every 20th sample: the nearest point of the boundary lies within half
        // their spacing of one, so it overstates by at most that, and never understates) keeps those that
        // may lie in the band; the fine pass decides.
        double slackM = 20 * STEP_M / 2 + BRUTE_FORCE_M;
        long population = 0;
        int cities = 0;
        for (org.rangekit.io.in.data.City c : EmbeddedData.cities()) {
            double rough = coarse(c.latDeg(), c.lonDeg(), 20);
            if (rough <= 480e3 - BRUTE_FORCE_M || rough > 500e3 + slackM) {
                continue;
            }
            double d = bruteForce(c.latDeg(), c.lonDeg());
            if (d > 480e3 && d <= 500e3) {
                assertTrue(Math.abs(d - 480e3) > BAND_EDGE_M && Math.abs(d - 500e3) > BAND_EDGE_M, c.name());
                population += Math.max(0, c.population());
                cities++;
            }
        }
        List<String> srows = Files.readAllLines(sum, StandardCharsets.UTF_8);
        List<String> head = List.of(srows.get(0).split(","));
        String[] row = srows.get(1).split(",");
        System.out.printf(Locale.ROOT, "RangesFromAreaTest: compare 480 -> 500 km, cities: %s targets, brute force %d;"
                + " population_cities %s, brute force %d%n", row[head.indexOf("targets")], cities,
                row[head.indexOf("population_cities")], population);
        assertEquals(cities, Integer.parseInt(row[head.indexOf("targets")]));
        assertEquals(population, Long.parseLong(row[head.indexOf("targets_population")]));
        assertEquals(population, Long.parseLong(row[head.indexOf("population_cities")]));
        assertEquals("", row.length > head.indexOf("area_land_km2") ? row[head.indexOf("area_land_km2")] : "");
    }

    @Test
    void aScenarioWritesTheSameBytesAsTheCommandLine() throws IOException {
        Files.writeString(dir.resolve("k.yaml"), String.join("\n",
                "area: {country: RUS, part_containing: \"54.71,20.51\"}",
                "ranges: [500, 1000]",
                "targets: capitals",
                "map: {projection: aeqd, size: 500x350, dpi: 100}",
                "outputs:",
                "  maps: [k.png]",
                "  geojson: k.geojson",
                "  coverage: {file: k.csv, summary: false}", ""), StandardCharsets.UTF_8);
        Cli.Result run = Cli.run("run", dir.resolve("k.yaml").toString());
        assertEquals(0, run.exitCode(), run.toString());
        String[] area = {"--from-country", "RUS", "--part-containing", "54.71,20.51", "--range", "500,1000"};
        Cli.Result rings = Cli.run(concat(new String[] {"rings"}, area, "--bands", "-o", dir.resolve("c.geojson").toString()));
        assertEquals(0, rings.exitCode(), rings.toString());
        Cli.Result map = Cli.run(concat(new String[] {"map"}, area, "--targets", "capitals", "--projection", "aeqd",
                "--size", "500x350", "--dpi", "100", "-o", dir.resolve("c.png").toString()));
        assertEquals(0, map.exitCode(), map.toString());
        Cli.Result cov = Cli.run(concat(new String[] {"coverage"}, area, "--targets", "capitals", "-o",
                dir.resolve("c.csv").toString()));
        assertEquals(0, cov.exitCode(), cov.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("c.geojson")), Files.readAllBytes(dir.resolve("k.geojson")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("c.png")), Files.readAllBytes(dir.resolve("k.png")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("c.csv")), Files.readAllBytes(dir.resolve("k.csv")));
    }

    private static String[] concat(String[] a, String[] b, String... c) {
        List<String> out = new ArrayList<>(List.of(a));
        out.addAll(List.of(b));
        out.addAll(List.of(c));
        return out.toArray(new String[0]);
    }
}
