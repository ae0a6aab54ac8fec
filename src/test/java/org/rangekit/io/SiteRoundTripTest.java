package org.rangekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SiteFiles;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.range.Site;

/**
 * rangekit reads back the sites it writes, in every format, identical to 1e-7°: the whole catalog
 * plus sites at the poles, on ±180° and with awkward names.
 *
 * <p>The writers are reached only through {@link #WRITERS}, one function per extension. GeoJSON
 * uses {@code io.out.GeoJsonWriter}; the KML, KMZ, CSV and GeoPackage entries build files exactly
 * as the site contract of the writers states them (Point features with {@code site},
 * {@code site_name}, {@code lat}, {@code lon}, {@code uncertainty_km}, {@code source}; the
 * catalog's CSV columns; a GeoPackage layer {@code sites}). When the exporters of those formats
 * exist, replace each entry by a call to the exporter and the test checks the real writers.
 */
class SiteRoundTripTest {

    /** Positions must come back within 1e-7° (GeoJSON keeps 7 decimals, so rounding moves them by ≤ 5e-8°). */
    static final double POSITION_TOL_DEG = 1e-7;

    /** The seam: how each format writes a list of sites to a file. */
    interface SiteWriter {
        void write(List<Site> sites, Path file) throws IOException;
    }

    static final Map<String, SiteWriter> WRITERS = Map.of(
            ".geojson", SiteRoundTripTest::geoJson,
            ".kml", (sites, file) -> Files.writeString(file, kml(sites), StandardCharsets.UTF_8),
            ".kmz", SiteRoundTripTest::kmz,
            ".csv", SiteRoundTripTest::csv,
            ".gpkg", SiteRoundTripTest::gpkg);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {".geojson", ".kml", ".kmz", ".csv", ".gpkg"})
    void readsBackWhatIsWritten(String ext) throws IOException {
        List<Site> sites = sites();
        Path file = dir.resolve("sites" + ext);
        WRITERS.get(ext).write(sites, file);
        List<Site> back = SiteFiles.read(file, "test '" + file.getFileName() + "'");
        assertEquals(sites.size(), back.size());
        for (int i = 0; i < sites.size(); i++) {
            Site a = sites.get(i);
            Site b = back.get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.name(), b.name());
            assertEquals(a.source(), b.source());
            assertEquals(a.uncertaintyKm(), b.uncertaintyKm(), 1e-9);
            assertEquals(a.point().latDeg(), b.point().latDeg(), POSITION_TOL_DEG, a.id());
            assertEquals(0, lonDiff(a.point().lonDeg(), b.point().lonDeg()), POSITION_TOL_DEG, a.id());
        }
    }

    private static double lonDiff(double a, double b) {
        double d = Math.IEEEremainder(a - b, 360);
        return Math.abs(d);
    }

    /** The catalog, the poles, ±180°, and random sites with 9 decimals and names that need escaping. */
    static List<Site> sites() {
        List<Site> out = new ArrayList<>(SiteCatalog.builtIn().sites());
        out.add(new Site("north-pole", "North Pole", new GeoPoint(90, 0), "test", 0));
        out.add(new Site("south-pole", "South Pole", new GeoPoint(-90, 180), "test", 0.5));
        out.add(new Site("dateline-w", "Dateline <west> & \"east\"", new GeoPoint(-16.5, -180), "a, b; 'c'", 12.25));
        out.add(new Site("dateline-e", "Taveuni, Fiji", new GeoPoint(-16.8, 180), "test", 3));
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            double lat = Math.round((rnd.nextDouble() * 180 - 90) * 1e9) / 1e9;
            double lon = Math.round((rnd.nextDouble() * 360 - 180) * 1e9) / 1e9;
            out.add(new Site("r" + i, "Random ü " + i, new GeoPoint(lat, lon), "seed 7", rnd.nextInt(100)));
        }
        return out;
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
        GeoPackageManager.create(file.toFile());
        GeoPackage gp = GeoPackageManager.open(file.toFile());
        try {
            SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            gp.createGeometryColumnsTable();
            GeometryColumns gc = new GeometryColumns();
            gc.setId(new mil.nga.geopackage.db.TableColumnKey("sites", "geom"));
            gc.setGeometryType(GeometryType.POINT);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrs(srs);
            List<FeatureColumn> cols = new ArrayList<>();
            cols.add(FeatureColumn.createColumn("site", GeoPackageDataType.TEXT));
            cols.add(FeatureColumn.createColumn("site_name", GeoPackageDataType.TEXT));
            cols.add(FeatureColumn.createColumn("lat", GeoPackageDataType.DOUBLE));
            cols.add(FeatureColumn.createColumn("lon", GeoPackageDataType.DOUBLE));
            cols.add(FeatureColumn.createColumn("uncertainty_km", GeoPackageDataType.DOUBLE));
            cols.add(FeatureColumn.createColumn("source", GeoPackageDataType.TEXT));
            gp.createFeatureTable(FeatureTableMetadata.create(gc, cols, new BoundingBox(-180, -90, 180, 90)));
            FeatureDao dao = gp.getFeatureDao("sites");
            for (Site s : sites) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(),
                        new mil.nga.sf.Point(s.point().lonDeg(), s.point().latDeg())));
                props(s).forEach(row::setValue);
                dao.create(row);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        } finally {
            gp.close();
        }
    }
}
