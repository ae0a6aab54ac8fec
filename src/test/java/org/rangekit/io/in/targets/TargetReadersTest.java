package org.rangekit.io.in.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.coverage.Target;

class TargetReadersTest {

    /** DMS fields are exact sums of decimal parts; only the last bit may differ. */
    static final double DEG_TOL = 1e-12;

    @TempDir
    Path dir;

    private List<Target> readAll(Path f, List<BadRow> bad) throws IOException {
        List<Target> out = new ArrayList<>();
        try (TargetReader r = TargetReader.open(f, bad::add)) {
            Target t;
            while ((t = r.next()) != null) {
                out.add(t);
            }
            assertEquals(bad.size(), r.badRowCount());
        }
        return out;
    }

    @Test
    void csvWithAliasesDmsQuotesAndBadRows() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "\uFEFFName,Latitude,LNG,country,population,kind\n"
                + "Volgograd,48.708,44.513,RU,1000000,city\n"
                + "\"Astrakhan, city\",46°20′59″N,48°02′25″E,RU,,x\n"
                + "\n"
                + "Bad lat,95,10,XX,1,x\n"
                + "Short row,1\n"
                + "Sydney,33 52 S,151 12 E,AU,5e6,\"a \"\"quoted\"\" word\"\n"
                + "Bad pop,1,2,XX,many,x\n", StandardCharsets.UTF_8);
        List<BadRow> bad = new ArrayList<>();
        List<Target> ts = readAll(f, bad);
        assertEquals(3, ts.size());
        assertEquals("Volgograd", ts.get(0).name());
        assertEquals(1_000_000, ts.get(0).population());
        assertEquals("city", ts.get(0).properties().get("kind"));
        assertEquals("Astrakhan, city", ts.get(1).name());
        assertEquals(46 + 20 / 60.0 + 59 / 3600.0, ts.get(1).latDeg(), DEG_TOL);
        assertEquals(48 + 2 / 60.0 + 25 / 3600.0, ts.get(1).lonDeg(), DEG_TOL);
        assertEquals(Target.UNKNOWN_POPULATION, ts.get(1).population());
        assertEquals(-(33 + 52 / 60.0), ts.get(2).latDeg(), DEG_TOL);
        assertEquals("a \"quoted\" word", ts.get(2).properties().get("kind"));
        assertEquals(List.of(5L, 6L, 8L), bad.stream().map(BadRow::line).toList());
        assertTrue(bad.get(0).message().startsWith("t.csv:5: latitude '95'"), bad.get(0).message());
    }

    @Test
    void semicolonAndTabDelimiters() throws IOException {
        Path f = dir.resolve("t.tsv");
        Files.writeString(f, "lat\tlon\n1.5\t2.5\n");
        assertEquals(2.5, readAll(f, new ArrayList<>()).get(0).lonDeg());
        Path g = dir.resolve("s.csv");
        Files.writeString(g, "latitude;longitude;population\n-1;-2;\"1,234\"\n48,58;45,74;1 000\n");
        List<Target> ts = readAll(g, new ArrayList<>());
        assertEquals(-1, ts.get(0).latDeg());
        assertEquals(1234, ts.get(0).population());
        assertEquals(48.58, ts.get(1).latDeg());          // decimal comma in a semicolon file
        assertEquals(1000, ts.get(1).population());
    }

    @Test
    void unusableFilesAreRefusedWithOneLine() throws IOException {
        Path noCols = dir.resolve("n.csv");
        Files.writeString(noCols, "x,y\n1,2\n");
        TargetFormatException e = assertThrows(TargetFormatException.class, () -> TargetReader.open(noCols, b -> { }));
        assertTrue(e.getMessage().contains("no latitude column"), e.getMessage());
        assertThrows(TargetFormatException.class, () -> TargetReader.open(dir.resolve("missing.csv"), b -> { }));
        Path empty = dir.resolve("e.csv");
        Files.writeString(empty, "");
        assertThrows(TargetFormatException.class, () -> TargetReader.open(empty, b -> { }));
    }

    /**
     * CSV columns follow the same coordinate grammar and range rule as {@code --site}: the curly
     * apostrophe of {@code 48°35’N} and a leading hemisphere letter were refused here (and accepted
     * there), a longitude of 200 was accepted here (and refused there).
     */
    @Test
    void csvFieldsFollowTheSiteGrammar() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "name,lat,lon\n"
                + "curly,48°35’N,45°43’E\n"
                + "first,N 48°35′,E 45°43′\n"
                + "far east,10,200\n"
                + "wrong way,48°35′E,45°43′E\n", StandardCharsets.UTF_8);
        List<BadRow> bad = new ArrayList<>();
        List<Target> ts = readAll(f, bad);
        assertEquals(2, ts.size());
        for (Target t : ts) {
            assertEquals(48 + 35 / 60.0, t.latDeg(), 0.0, t.name());
            assertEquals(45 + 43 / 60.0, t.lonDeg(), 0.0, t.name());
        }
        assertEquals(2, bad.size());
        assertEquals("t.csv:4: longitude '200' is outside [-180, 180] degrees", bad.get(0).message());
        assertEquals("t.csv:5: latitude '48°35′E' has hemisphere E, expected N or S", bad.get(1).message());
    }

    @Test
    void strictModeStopsAtTheFirstBadRow() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "lat,lon\n1,2\n100,2\n3,4\n");
        try (TargetReader r = TargetReader.open(f, b -> {
            throw new TargetFormatException(b.message());
        })) {
            r.next();
            TargetFormatException e = assertThrows(TargetFormatException.class, r::next);
            assertEquals("t.csv:3: latitude '100' is outside [-90, 90] degrees", e.getMessage());
        }
    }

    @Test
    void geoJsonPointsAndPolygonsKeepProperties() throws IOException {
        Path f = dir.resolve("t.geojson");
        Files.writeString(f, """
                {"type": "FeatureCollection", "name": "x",
                 "features": [
                  {"type": "Feature", "properties": {"name": "A", "population": 12, "tag": "p"},
                   "geometry": {"type": "Point", "coordinates": [45.7, 48.6]}},
                  {"type": "Feature", "properties": {"name": "Sq"},
                   "geometry": {"type": "Polygon", "coordinates": [[[10, 10], [12, 10], [12, 12], [10, 12], [10, 10]]]}},
                  {"type": "Feature", "properties": {},
                   "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}},
                  {"type": "Feature", "properties": {"name": "bad"},
                   "geometry": {"type": "Point", "coordinates": [0, 91]}}
                 ]}
                """);
        List<BadRow> bad = new ArrayList<>();
        List<Target> ts = readAll(f, bad);
        assertEquals(2, ts.size());
        assertEquals("A", ts.get(0).name());
        assertEquals(12, ts.get(0).population());
        assertEquals("p", ts.get(0).properties().get("tag"));
        assertNull(ts.get(0).area());
        assertTrue(ts.get(1).isArea());
        assertEquals(4.0, ts.get(1).area().getArea());
        assertEquals(2, bad.size());
        assertEquals(7, bad.get(0).line()); // the line where the LineString feature starts
    }

    /**
     * Regression: Jackson's read-constraint errors (here a number of 2,000 digits) carry no
     * location, and the reader dereferenced it: a NullPointerException (exit 1) instead of one
     * line naming the file and line (exit 2).
     */
    @Test
    void jsonErrorWithoutLocationNamesTheFileAndLine() throws IOException {
        String huge = "9".repeat(2_000);
        Path inFeatures = dir.resolve("f.geojson");
        Files.writeString(inFeatures, "{\"type\":\"FeatureCollection\",\"features\":[\n" + huge + "]}");
        TargetFormatException e = assertThrows(TargetFormatException.class, () -> readAll(inFeatures, new ArrayList<>()));
        assertEquals("f.geojson:2: broken JSON", e.getMessage());
        Path inFeature = dir.resolve("g.geojson");
        Files.writeString(inFeature, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\n"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1," + huge + "]}}]}");
        e = assertThrows(TargetFormatException.class, () -> readAll(inFeature, new ArrayList<>()));
        assertEquals("g.geojson:3: broken JSON", e.getMessage());
        Path inHeader = dir.resolve("h.geojson");
        Files.writeString(inHeader, "{\"type\":" + huge + ",\"features\":[]}");
        e = assertThrows(TargetFormatException.class, () -> readAll(inHeader, new ArrayList<>()));
        assertEquals("h.geojson: not valid JSON at line 1 (expected a GeoJSON FeatureCollection)", e.getMessage());
    }

    /**
     * Regression (issue 8, item 8): a 5 MB nested array was an internal error. JSON nested deeper
     * than {@link GeoJsonTargetReader#MAX_NESTING_DEPTH} (1,000; a GeoJSON MultiPolygon needs 8) is a
     * bad file naming the limit, in a feature and before the features alike.
     */
    @Test
    void deepNestingIsABadFileNamingTheLimit() throws IOException {
        String deep = "[".repeat(5_000_000);
        Path inFeature = dir.resolve("d.geojson");
        Files.writeString(inFeature, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\n"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":" + deep);
        TargetFormatException e = assertThrows(TargetFormatException.class, () -> readAll(inFeature, new ArrayList<>()));
        assertEquals("d.geojson:3: JSON nested deeper than 1000 levels (the limit for target files)", e.getMessage());
        Path inHeader = dir.resolve("h.geojson");
        Files.writeString(inHeader, "{\"type\":\"FeatureCollection\",\"bbox\":" + deep);
        e = assertThrows(TargetFormatException.class, () -> readAll(inHeader, new ArrayList<>()));
        assertEquals("h.geojson:1: JSON nested deeper than 1000 levels (the limit for target files)", e.getMessage());
        assertEquals(1000, GeoJsonTargetReader.MAX_NESTING_DEPTH);
    }

    /**
     * Regression (issue 8, item 9): a Latin-1 CSV printed "\ufffdvora" without a word. A row that is
     * not UTF-8 is a bad row naming the line and the byte (so {@code --strict} stops there, exit 2);
     * the UTF-8 and ASCII rows around it are read; a Latin-1 header makes the file unusable.
     */
    @Test
    void latin1RowsAreBadRowsNamingTheLineAndByte() throws IOException {
        Path f = dir.resolve("l.csv");
        byte[] evoraLatin1 = "\u00c9vora,38.57,-7.91\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] head = "name,lat,lon\nLisboa,38.72,-9.14\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\u00c9vora,38.57,-7.91\nPorto,41.15,-8.61\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, concat(head, evoraLatin1, tail));
        for (boolean plain : new boolean[] {true, false}) {
            List<BadRow> bad = new ArrayList<>();
            List<Target> ts = new ArrayList<>();
            try (CsvTargetReader r = CsvTargetReader.open(f, bad::add, plain)) {
                Target t;
                while ((t = r.next()) != null) {
                    ts.add(t);
                }
            }
            assertEquals(List.of("Lisboa", "\u00c9vora", "Porto"), ts.stream().map(Target::name).toList());
            assertEquals(1, bad.size());
            assertEquals("l.csv:3: byte 0xC9 at byte 1 of the line is not UTF-8 (target files must be UTF-8; "
                    + "convert Latin-1 or Windows-1252 files first)", bad.get(0).message());
        }
        Path h = dir.resolve("h.csv");
        Files.write(h, "n\u00e4me;lat;lon\n1;2;3\n".getBytes(StandardCharsets.ISO_8859_1));
        TargetFormatException e = assertThrows(TargetFormatException.class, () -> TargetReader.open(h, b -> { }));
        assertTrue(e.getMessage().startsWith("h.csv:1: header: byte 0xE4 at byte 2 of the line is not UTF-8"),
                e.getMessage());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /**
     * Regression (issue 8, item 9): ambiguous columns were resolved silently (the first one won).
     * Two columns for the same field make the file unusable, naming both.
     */
    @Test
    void ambiguousColumnsAreRefusedNamingBoth() throws IOException {
        String[][] cases = {
            {"name,lat,lat,lon\nx,1,2,3\n", "a.csv:1: columns 'lat' (column 2) and 'lat' (column 3) both give the "
                + "latitude; keep one or rename the other"},
            {"latitude,longitude,lat,lon\n1,2,3,4\n", "a.csv:1: columns 'latitude' (column 1) and 'lat' (column 3) "
                + "both give the latitude; keep one or rename the other"},
            {"lat,LNG,Longitude\n1,2,3\n", "a.csv:1: columns 'LNG' (column 2) and 'Longitude' (column 3) both give "
                + "the longitude; keep one or rename the other"},
            {"Name,lat,lon,name\nx,1,2,y\n", "a.csv:1: columns 'Name' (column 1) and 'name' (column 4) both give "
                + "the name; keep one or rename the other"},
        };
        Path f = dir.resolve("a.csv");
        for (String[] c : cases) {
            Files.writeString(f, c[0]);
            TargetFormatException e = assertThrows(TargetFormatException.class, () -> TargetReader.open(f, b -> { }));
            assertEquals(c[1], e.getMessage());
        }
    }

    /**
     * Regression (issue 8, item 9): a GeoJSON file with a projected {@code "crs"} member (metres read
     * as degrees) gave an empty report and exit 0. A crs naming anything but WGS 84 lon/lat is a bad
     * file naming the member; CRS84 as ogr2ogr writes it is read.
     */
    @Test
    void projectedCrsMemberIsRefusedNamingIt() throws IOException {
        String point = "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[5000000,6000000]}}";
        String mercator = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}}";
        Path top = dir.resolve("m.geojson");
        Files.writeString(top, "{\"type\":\"FeatureCollection\",\n\"crs\":" + mercator + ",\n\"features\":[" + point + "]}");
        TargetFormatException e = assertThrows(TargetFormatException.class, () -> readAll(top, new ArrayList<>()));
        assertEquals("m.geojson:2: member \"crs\" names urn:ogc:def:crs:EPSG::3857; GeoJSON positions must be "
                + "WGS 84 longitude/latitude (RFC 7946 section 4): reproject the file to EPSG:4326 and drop the member",
                e.getMessage());
        Path inFeature = dir.resolve("f.geojson");
        Files.writeString(inFeature, "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + point.replace("{\"type\":\"Feature\",", "{\"type\":\"Feature\",\"crs\":" + mercator + ",") + "]}");
        e = assertThrows(TargetFormatException.class, () -> readAll(inFeature, new ArrayList<>()));
        assertTrue(e.getMessage().startsWith("f.geojson:2: feature 0 member \"crs\" names urn:ogc:def:crs:EPSG::3857;"),
                e.getMessage());
        Path crs84 = dir.resolve("c.geojson");
        Files.writeString(crs84, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":["
                + point.replace("5000000,6000000", "45.5,48.5") + "]}");
        List<Target> ts = readAll(crs84, new ArrayList<>());
        assertEquals(1, ts.size());
        assertEquals(48.5, ts.get(0).latDeg());
    }
}
