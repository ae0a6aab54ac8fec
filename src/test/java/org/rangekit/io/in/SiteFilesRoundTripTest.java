package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import mil.nga.geopackage.db.GeoPackageDataType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.api.Overlays;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.GpkgPointFiles;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.OverlayFormat;

/**
 * The {@code --sites-file} reader ({@link SiteFiles}) reads back the sites written to a file: the
 * same ids, names, sources and uncertainties, positions within {@value #TOLERANCE_DEG}°, in file
 * order. One test, two kinds of writer:
 * <ul>
 * <li>the real overlay writers ({@link Overlays#write}), in every {@link OverlayFormat};</li>
 * <li>files made as other tools make them, by hand here: GeoJSON through {@code GeoJsonWriter},
 *   KML and KMZ with the site properties as {@code ExtendedData/Data}, the catalog's own CSV columns
 *   ({@code id,name,lat,lon,uncertainty_km,source,notes}) and a GeoPackage layer {@code sites} built
 *   with NGA's library.</li>
 * </ul>
 * The sites: the whole built-in catalog; both poles exactly and points 1.1 m and 0.14 mm from them;
 * both sides of ±180°; names with Cyrillic, CJK and accented letters, commas, quotes and XML
 * specials; and two seeded sets over the globe (one rounded to 9 decimals).
 */
class SiteFilesRoundTripTest {

    /** Largest position error (degrees) allowed: 1e-7° is 1.1 cm of latitude (GeoJSON and CSV keep 7 decimals). */
    static final double TOLERANCE_DEG = 1e-7;

    /** How a file of sites is made. */
    interface SiteWriter {
        void write(List<Site> sites, Path file) throws IOException;
    }

    @TempDir
    Path dir;

    static Stream<Arguments> writers() {
        List<Arguments> out = new ArrayList<>();
        for (OverlayFormat format : OverlayFormat.values()) {
            out.add(Arguments.of(format + " overlay writer", format.extensions().get(0),
                    (SiteWriter) (sites, file) -> overlay(format, sites, file)));
        }
        out.add(Arguments.of("hand-made GeoJSON", ".geojson", (SiteWriter) SiteFilesRoundTripTest::geoJson));
        out.add(Arguments.of("hand-made KML", ".kml",
                (SiteWriter) (sites, file) -> Files.writeString(file, kml(sites), StandardCharsets.UTF_8)));
        out.add(Arguments.of("hand-made KMZ", ".kmz", (SiteWriter) SiteFilesRoundTripTest::kmz));
        out.add(Arguments.of("catalog-column CSV", ".csv", (SiteWriter) SiteFilesRoundTripTest::csv));
        out.add(Arguments.of("hand-made GeoPackage", ".gpkg", (SiteWriter) SiteFilesRoundTripTest::gpkg));
        return out.stream();
    }

    static List<Site> sites() {
        List<Site> out = new ArrayList<>(SiteCatalog.builtIn().sites());
        out.add(new Site("north-pole", "North Pole", new GeoPoint(90, 0), "test", 0));
        out.add(new Site("south-pole", "South Pole", new GeoPoint(-90, 180), "test", 0.5));
        out.add(new Site("dateline-w", "Dateline <west> & \"east\"", new GeoPoint(-16.5, -180), "a, b; 'c'", 12.25));
        out.add(new Site("dateline-e", "Taveuni, Fiji", new GeoPoint(-16.8, 180), "test", 3));
        out.add(new Site("date-line-east", "Date line, \"east\" side", new GeoPoint(-16.5, 180.0), "test, east", 0));
        out.add(new Site("date-line-west", "Date line west", new GeoPoint(52.123456789, -180.0), "test", 12.5));
        out.add(new Site("near-north-pole", "Северный полюс, рядом", new GeoPoint(89.99999, 45.25), "Ω source", 1));
        out.add(new Site("near-south-pole", "Pôle sud «Восток»", new GeoPoint(-89.9999987, -179.9999999), "s", 0.25));
        out.add(new Site("quote-comma", "a \"quoted\", name; with, commas", new GeoPoint(0, 0), "\"src\", x", 3));
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            double lat = Math.round((rnd.nextDouble() * 180 - 90) * 1e9) / 1e9;
            double lon = Math.round((rnd.nextDouble() * 360 - 180) * 1e9) / 1e9;
            out.add(new Site("r" + i, "Random ü " + i, new GeoPoint(lat, lon), "seed 7", rnd.nextInt(100)));
        }
        Random r = new Random(20261202L);
        for (int i = 0; i < 20; i++) {
            double lat = -90 + 180 * r.nextDouble();
            double lon = -180 + 360 * r.nextDouble();
            out.add(new Site("seeded-" + i, "Seeded site " + i + " — 東京, «x»", new GeoPoint(lat, lon),
                    "seed 20261202", Math.round(r.nextDouble() * 1e6) / 1e3));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void readsBackTheSitesWritten(String writer, String extension, SiteWriter write) throws IOException {
        List<Site> sites = sites();
        Path file = dir.resolve("sites" + extension);
        write.write(sites, file);

        List<Site> back = SiteFiles.read(file, "--sites-file '" + file.getFileName() + "'");

        assertEquals(sites.size(), back.size(), writer + ": number of sites read back");
        for (int i = 0; i < sites.size(); i++) {
            Site w = sites.get(i);
            Site b = back.get(i);
            String what = writer + " site " + w.id();
            assertEquals(w.id(), b.id(), what + " id");
            assertEquals(w.name(), b.name(), what + " name");
            assertEquals(w.source(), b.source(), what + " source");
            assertEquals(w.uncertaintyKm(), b.uncertaintyKm(), 1e-9, what + " uncertainty_km");
            assertEquals(w.point().latDeg(), b.point().latDeg(), TOLERANCE_DEG, what + " lat");
            // ±180° are the same meridian; at and near a pole the longitude still has to come back.
            double dLon = Math.abs(Math.IEEEremainder(w.point().lonDeg() - b.point().lonDeg(), 360));
            assertEquals(0, dLon, TOLERANCE_DEG, what + " lon " + b.point().lonDeg());
        }
    }

    private static void overlay(OverlayFormat format, List<Site> sites, Path file) throws IOException {
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        sites.forEach(s -> features.add(RingFeatures.site(s)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Overlays.write(bytes, format, features, sites, ThresholdSet.inf(), EarthModel.WGS84, false);
        Files.write(file, bytes.toByteArray());
    }

    private static Map<String, Object> props(Site s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("site", s.id());
        p.put("site_name", s.name());
        p.put("lat", s.point().latDeg());
        p.put("lon", s.point().lonDeg());
        p.put("uncertainty_km", s.uncertaintyKm());
        p.put("source", s.source());
        return p;
    }

    private static void geoJson(List<Site> sites, Path file) throws IOException {
        GeometryFactory gf = new GeometryFactory();
        List<GeoJsonWriter.Feature> fs = new ArrayList<>();
        for (Site s : sites) {
            fs.add(new GeoJsonWriter.Feature(gf.createPoint(new Coordinate(s.point().lonDeg(), s.point().latDeg())),
                    props(s)));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            GeoJsonWriter.write(out, fs, null);
        }
    }

    static String kml(List<Site> sites) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>sites</name><Folder><name>Sites</name>\n");
        for (Site s : sites) {
            sb.append("<Placemark><name>").append(xml(s.name())).append("</name><ExtendedData>");
            for (Map.Entry<String, Object> e : props(s).entrySet()) {
                sb.append("<Data name=\"").append(e.getKey()).append("\"><value>").append(xml(String.valueOf(e.getValue())))
                        .append("</value></Data>");
            }
            sb.append("</ExtendedData><Point><coordinates>").append(s.point().lonDeg()).append(',')
                    .append(s.point().latDeg()).append("</coordinates></Point></Placemark>\n");
        }
        return sb.append("</Folder></Document></kml>\n").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void kmz(List<Site> sites, Path file) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(kml(sites).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    private static void csv(List<Site> sites, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("id,name,lat,lon,uncertainty_km,source,notes\n");
        for (Site s : sites) {
            sb.append(String.join(",", q(s.id()), q(s.name()), Double.toString(s.point().latDeg()),
                    Double.toString(s.point().lonDeg()), Double.toString(s.uncertaintyKm()), q(s.source()), "")).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void gpkg(List<Site> sites, Path file) throws IOException {
        Map<String, GeoPackageDataType> columns = new LinkedHashMap<>();
        columns.put("site", GeoPackageDataType.TEXT);
        columns.put("site_name", GeoPackageDataType.TEXT);
        columns.put("lat", GeoPackageDataType.DOUBLE);
        columns.put("lon", GeoPackageDataType.DOUBLE);
        columns.put("uncertainty_km", GeoPackageDataType.DOUBLE);
        columns.put("source", GeoPackageDataType.TEXT);
        List<GpkgPointFiles.Point> points = new ArrayList<>();
        for (Site s : sites) {
            points.add(new GpkgPointFiles.Point(s.point().lonDeg(), s.point().latDeg(), props(s)));
        }
        GpkgPointFiles.write(file, "sites", columns, points);
    }
}
