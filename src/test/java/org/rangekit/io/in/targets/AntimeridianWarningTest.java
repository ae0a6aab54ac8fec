package org.rangekit.io.in.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GeoJSON target polygon that crosses ±180° without the RFC 7946 §3.1.9 cut is read flat (a
 * polygon from 179° to −179° spans 358° the other way round): the reader warns once per file,
 * naming the first such feature's index and line, and still reads every feature as written.
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
        List<String> warnings = new ArrayList<>();
        int n = 0;
        try (TargetReader r = TargetReader.open(f, bad -> { throw new AssertionError(bad.message()); }, warnings::add)) {
            while (r.next() != null) {
                n++;
            }
        }
        assertEquals(4, n, "every feature is still read");
        assertEquals(1, warnings.size(), warnings.toString());
        String w = warnings.get(0);
        assertTrue(w.startsWith("t.geojson:5: feature 2 has an edge from longitude 179 to -179"), w);
        assertTrue(w.contains("3.1.9"), w);
    }

    @Test
    void cutPolygonsAndPointsGiveNoWarning() throws IOException {
        Path f = dir.resolve("ok.geojson");
        Files.writeString(f, FILE.replace("[-179, -1], [-179, 1]", "[180, -1], [180, 1]")
                .replace("[-170, -1], [-170, 1]", "[180, -1], [180, 1]"));
        List<String> warnings = new ArrayList<>();
        try (TargetReader r = TargetReader.open(f, bad -> { }, warnings::add)) {
            while (r.next() != null) {
                // read all
            }
        }
        assertEquals(List.of(), warnings);
    }
}
