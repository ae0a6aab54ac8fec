package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

/** {@code rings}, {@code map} and {@code coverage} from a small area file: every format and projection. */
class AreaCommandsTest {

    @TempDir
    Path dir;

    private Path box() throws IOException {
        Path f = dir.resolve("box.geojson");
        Files.writeString(f, "{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]}",
                StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void ringsWriteTheAreaAndItsBandsWithTheirOrigin() throws IOException {
        Cli.Result r = Cli.run("rings", "--from-area", box().toString(), "--range", "100,200", "--bands", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode fc = GeoJsonTestReader.tree(r.stdoutBytes());
        List<String> kinds = new ArrayList<>();
        for (JsonNode f : fc.get("features")) {
            kinds.add(f.at("/properties/kind").asText());
            assertEquals(box().toString(), f.at("/properties/origin").asText());
        }
        assertEquals(List.of("band", "band", "area"), kinds);
        JsonNode inner = fc.get("features").get(0);
        JsonNode outer = fc.get("features").get(1);
        assertEquals("0–100 km: not covered by INF", inner.at("/properties/name").asText());
        assertEquals(100, outer.at("/properties/inner_km").asDouble());
        Geometry g0 = GeoJsonTestReader.geometry(inner.get("geometry"));
        Geometry g1 = GeoJsonTestReader.geometry(outer.get("geometry"));
        Geometry area = GeoJsonTestReader.geometry(fc.get("features").get(2).get("geometry"));
        // The first band holds the area; the second surrounds the first without overlapping it.
        assertTrue(g0.buffer(1e-9).covers(area), "the first band holds the area");
        assertTrue(g0.intersection(g1).getArea() < 1e-9, "bands do not overlap");
        assertTrue(g1.getArea() > g0.getArea());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kml", "kmz", "gpkg", "fgb", "csv"})
    void ringsFromAnAreaInEveryOverlayFormat(String ext) throws IOException {
        Path out = dir.resolve("a." + ext);
        Cli.Result r = Cli.run("rings", "--from-area", box().toString(), "--range", "100", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.size(out) > 100, ext);
    }

    @org.rangekit.Slow
    @ParameterizedTest
    @ValueSource(strings = {"aeqd", "ortho", "laea", "world", "mercator"})
    void mapsFromAnAreaInEveryProjection(String projection) throws IOException {
        Path out = dir.resolve(projection + ".svg");
        Cli.Result r = Cli.run("map", "--from-area", box().toString(), "--range", "100,200", "--projection", projection,
                "--size", "400x300", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains("Launch area: " + box()), "legend names the area");
        assertTrue(svg.contains("Range edge: geodesic distance from the area"), "legend says what the outlines are");
    }

    @Test
    void coverageFromAnAreaGivesZeroInside() throws IOException {
        Path targets = dir.resolve("t.csv");
        Files.writeString(targets, "name,lat,lon\ninside,50.5,30.5\nnear,50.5,32\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("c.csv");
        Cli.Result r = Cli.run("coverage", "--from-area", box().toString(), "--range", "100,200", "--targets",
                targets.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).startsWith("inside,") && lines.get(1).contains(",area,0.000,0–100 km,"), lines.get(1));
        // Brute force: GeographicLib distances to the east edge (the meridian 31° E) sampled every 1e-5°.
        double best = Double.POSITIVE_INFINITY;
        for (double lat = 50; lat <= 51; lat += 1e-5) {
            best = Math.min(best, net.sf.geographiclib.Geodesic.WGS84.Inverse(50.5, 32, lat, 31,
                    net.sf.geographiclib.GeodesicMask.DISTANCE).s12);
        }
        String[] near = lines.get(2).split(",");
        assertEquals(best / 1000, Double.parseDouble(near[5]), DistanceFromAreaTest.PRINTED_KM_TOL, lines.get(2));
    }
    /**
     * {@code compare --range 100 --vs-range 150} from the box: the targets whose brute-force distance
     * (GeographicLib to the east edge sampled every 1e-5°) lies in (100, 150] km, with the sites'
     * columns; {@code --features} writes the area, the band and those targets.
     */
    @Test
    void compareFromAnAreaListsTheTargetsOfTheBand() throws IOException {
        Path targets = dir.resolve("t.csv");
        // East of the box at 50.5° N: 0.5° (35 km), 1.9° (135 km), 2.3° (163 km); and one inside.
        Files.writeString(targets, "name,lat,lon,population\nnear,50.5,31.5,10\nmid,50.5,32.9,20\nfar,50.5,33.3,40\n"
                + "inside,50.5,30.5,80\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("c.csv");
        Path features = dir.resolve("f.geojson");
        Cli.Result r = Cli.run("compare", "--from-area", box().toString(), "--range", "100", "--vs-range", "150",
                "--targets", targets.toString(), "-o", out.toString(), "--features", features.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of("change", "name", "country", "lat", "lon", "site", "distance_km", "category",
                "population"), List.of(lines.get(0).split(",")));
        assertEquals(2, lines.size(), lines.toString());
        String[] mid = lines.get(1).split(",");
        assertEquals("added", mid[0]);
        assertEquals("mid", mid[1]);
        assertEquals("area", mid[5]);
        double best = Double.POSITIVE_INFINITY;
        for (double lat = 50; lat <= 51; lat += 1e-5) {
            best = Math.min(best, net.sf.geographiclib.Geodesic.WGS84.Inverse(50.5, 32.9, lat, 31,
                    net.sf.geographiclib.GeodesicMask.DISTANCE).s12);
        }
        assertEquals(best / 1000, Double.parseDouble(mid[6]), DistanceFromAreaTest.PRINTED_KM_TOL, lines.get(1));
        JsonNode fc = GeoJsonTestReader.tree(Files.readAllBytes(features));
        assertEquals(1, fc.get("features").size(), "a single-layer format holds the targets");
        assertEquals("target", fc.at("/features/0/properties/kind").asText());
        assertEquals("added", fc.at("/features/0/properties/change").asText());

        Path gpkg = dir.resolve("f.gpkg");
        Path md = dir.resolve("c.md");
        Cli.Result g = Cli.run("compare", "--from-area", box().toString(), "--range", "150", "--vs-range", "100",
                "--targets", targets.toString(), "-o", md.toString(), "--features", gpkg.toString());
        assertEquals(0, g.exitCode(), g.toString());
        String report = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(report.contains("## What 100 km gives up against 150 km from " + box()), report);
        assertTrue(report.contains("| 100 < d \u2264 150 km | 1 | 20 |"), report);
        assertTrue(Files.size(gpkg) > 10_000);
    }
}
