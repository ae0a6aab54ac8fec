package org.rangekit.io.in.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GeoJSON target polygon that crosses ±180° without the RFC 7946 §3.1.9 cut (read flat, a
 * polygon from 179° to −179° spans 358° the other way round) is repaired by the shortest-edge
 * rule: the reader warns once per file, naming the first such feature's index and line, and every
 * feature is still read.
 */
public class AntimeridianWarningTest {

    @TempDir
    Path dir;

    public static final String FILE = """
            {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": "point"}, "geometry": {"type": "Point", "coordinates": [179.5, 0]}},
            {"type": "Feature", "properties": {"name": "cut"}, "geometry": {"type": "Polygon",
              "coordinates": [[[179, -1], [180, -1], [180, 1], [179, 1], [179, -1]]]}},
            {"type": "Feature", "properties": {"name": "uncut"}, "geometry": {"type": "Polygon",
              "coordinates": [[[179, -1], [-179, -1], [-179, 1], [179, 1], [179, -1]]]}},
            {"type": "Feature", "properties": {"name": "uncut too"}, "geometry": {"type": "MultiPolygon",
              "coordinates": [[[[170, -1], [-170, -1], [-170, 1], [170, 1], [170, -1]]]]}}
            ]}
            """;

    @Test
    void uncutCrossingIsWarnedOnceWithItsFeatureIndex() throws IOException {
        Path f = dir.resolve("t.geojson");
        Files.writeString(f, FILE);
        List<InputWarning> warnings = new ArrayList<>();
        int n = 0;
        try (TargetReader r = TargetReader.open(f, bad -> { throw new AssertionError(bad.message()); }, warnings::add)) {
            while (r.next() != null) {
                n++;
            }
        }
        assertEquals(4, n, "every feature is still read");
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("t.geojson:5: feature 2 crosses \u00b1180\u00b0 without the cut RFC 7946 section 3.1.9 requires "
                + "(an edge from longitude 179 to -179); repaired by taking every edge the short way across \u00b1180\u00b0 "
                + "and cutting it there; only the first such feature is reported", warnings.get(0).message());
    }

    @Test
    void cutPolygonsAndPointsGiveNoWarning() throws IOException {
        Path f = dir.resolve("ok.geojson");
        Files.writeString(f, FILE.replace("[-179, -1], [-179, 1]", "[180, -1], [180, 1]")
                .replace("[-170, -1], [-170, 1]", "[180, -1], [180, 1]"));
        List<InputWarning> warnings = new ArrayList<>();
        try (TargetReader r = TargetReader.open(f, bad -> { }, warnings::add)) {
            while (r.next() != null) {
                // read all
            }
        }
        assertEquals(List.of(), warnings);
    }
}
