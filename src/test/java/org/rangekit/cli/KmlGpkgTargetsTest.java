package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.db.GeoPackageDataType;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.io.GpkgPointFiles;

/**
 * Targets from KML/KMZ and GeoPackage files: placed at known geodesic distances from Kapustin Yar
 * with GeographicLib's {@code Direct}, classified by {@code coverage}; hostile KML refused in one
 * line.
 */
class KmlGpkgTargetsTest {

    static final double KY_LAT = 48.58175;
    static final double KY_LON = 45.74481;
    /** Reported distances are rounded to metres; the ring solver is good to far better than this. */
    static final double DISTANCE_TOL_M = 2;
    static final String SECRET = "TOP-SECRET-7b1d04";

    /** Name, distance (km), azimuth (degrees), and the band a 400,900 km ring set puts it in. */
    record Placed(String name, double km, double aziDeg, String band) {
    }

    static final List<Placed> PLACED = List.of(
            new Placed("near", 399.0, 10, "0–400 km"),
            new Placed("middle", 401.0, 135, "400–900 km"),
            new Placed("edge", 899.0, 250, "400–900 km"),
            new Placed("far", 901.0, 300, "beyond 900 km"));

    @TempDir
    Path dir;

    @Test
    void kmlTargetsAtKnownDistancesAreClassified() throws IOException {
        StringBuilder kml = new StringBuilder("<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                + "<Document>\n");
        for (Placed p : PLACED) {
            GeodesicData d = Geodesic.WGS84.Direct(KY_LAT, KY_LON, p.aziDeg(), p.km() * 1000);
            kml.append("<Placemark><name>").append(p.name()).append("</name><ExtendedData>"
                    + "<Data name=\"country\"><value>XX</value></Data><Data name=\"population\"><value>1234</value>"
                    + "</Data></ExtendedData><Point><coordinates>").append(d.lon2).append(',').append(d.lat2)
                    .append(",0</coordinates></Point></Placemark>\n");
        }
        kml.append("<Placemark><name>area</name><Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0"
                + "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n</Document></kml>\n");
        Path f = dir.resolve("targets.kml");
        Files.writeString(f, kml);
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "400,900", "--targets", f.toString(),
                "--format", "csv", "-o", "-");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("targets.kml:7: placemark geometry Polygon is not read as a target"),
                r.stderr());
        Map<String, Map<String, String>> rows = rows(r.stdout());
        assertEquals(PLACED.size(), rows.size(), r.stdout());
        for (Placed p : PLACED) {
            Map<String, String> row = rows.get(p.name());
            assertEquals(p.km(), Double.parseDouble(row.get("distance_km")), DISTANCE_TOL_M / 1000, p.name());
            assertEquals(p.band(), row.get("band"), p.name());
            assertEquals("XX", row.get("country"));
            assertEquals("1234", row.get("population"));
        }
    }

    @Test
    void gpkgTargetsAreReadBack() throws IOException {
        Path f = dir.resolve("t.gpkg");
        gpkg(f);
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "400,900", "--targets", f.toString(),
                "--format", "csv", "-o", "-");
        assertEquals(0, r.exitCode(), r.stderr());
        Map<String, Map<String, String>> rows = rows(r.stdout());
        assertEquals(PLACED.size(), rows.size(), r.stdout());
        for (Placed p : PLACED) {
            Map<String, String> row = rows.get(p.name());
            assertEquals(p.km(), Double.parseDouble(row.get("distance_km")), DISTANCE_TOL_M / 1000, p.name());
            assertEquals(p.band(), row.get("band"), p.name());
            assertEquals("YY", row.get("country"));
        }
    }

    @Test
    void anXxeKmlIsRefusedInOneLineAndTheSecretAppearsNowhere() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Path f = dir.resolve("xxe.kml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<kml><Placemark><name>&xxe;</name><Point><coordinates>46,49</coordinates></Point>"
                + "</Placemark></kml>\n");
        Path out = dir.resolve("out.csv");
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", f.toString(),
                "-o", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains("DOCTYPE"), r.stderr());
        assertFalse(r.stderr().contains(SECRET));
        assertFalse(r.stdout().contains(SECRET));
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileThatIsNotKmlIsRefusedInOneLine() throws IOException {
        Path f = dir.resolve("broken.kml");
        Files.writeString(f, "<kml><Placemark>");
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", f.toString(),
                "--format", "csv", "-o", "-");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains("broken.kml"), r.stderr());
    }

    private static Map<String, Map<String, String>> rows(String csv) {
        String[] lines = csv.split("\n");
        List<String> header = List.of(lines[0].split(","));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells[c]);
            }
            out.put(row.get("name"), row);
        }
        return out;
    }

    private static void gpkg(Path file) throws IOException {
        Map<String, GeoPackageDataType> columns = new LinkedHashMap<>();
        columns.put("name", GeoPackageDataType.TEXT);
        columns.put("country", GeoPackageDataType.TEXT);
        List<GpkgPointFiles.Point> points = new ArrayList<>();
        for (Placed p : PLACED) {
            GeodesicData d = Geodesic.WGS84.Direct(KY_LAT, KY_LON, p.aziDeg(), p.km() * 1000);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", p.name());
            values.put("country", "YY");
            points.add(new GpkgPointFiles.Point(d.lon2, d.lat2, values));
        }
        GpkgPointFiles.write(file, "places", columns, points);
    }
}
