package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.io.in.GpkgPoints;

/**
 * Choosing the layer of a GeoPackage with several point layers: {@code FILE.gpkg:LAYER} for
 * {@code --targets}, {@code --sites-file} and a scenario's {@code sites_file}; an unknown layer, or
 * one not of points, is refused (exit 2, one line) naming the layers present.
 */
class GpkgLayerChoiceTest {

    @TempDir
    static Path dir;
    static Path gpkg;

    /** Layer, id, name, lat, lon: two point layers, neither named sites nor targets. */
    static final String[][] POINTS = {
        {"depots", "north-depot", "North depot", "78.5", "179.75"},
        {"depots", "south-depot", "South depot", "-54.25", "-179.5"},
        {"launchers", "l-one", "Launcher one", "48.6", "45.9"},
        {"launchers", "l-two", "Launcher two", "53.05", "158.65"},
        {"launchers", "l-three", "Launcher three", "44.07", "24.38"},
    };

    @BeforeAll
    static void write() throws IOException {
        gpkg = dir.resolve("places.gpkg");
        GeoPackageManager.create(gpkg.toFile());
        GeoPackage gp = GeoPackageManager.open(gpkg.toFile());
        try {
            SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            gp.createGeometryColumnsTable();
            for (String layer : List.of("depots", "launchers", "zones")) {
                GeometryColumns gc = new GeometryColumns();
                gc.setId(new mil.nga.geopackage.db.TableColumnKey(layer, "geom"));
                gc.setGeometryType(layer.equals("zones") ? GeometryType.MULTIPOLYGON : GeometryType.POINT);
                gc.setZ((byte) 0);
                gc.setM((byte) 0);
                gc.setSrs(srs);
                List<FeatureColumn> cols = new ArrayList<>();
                cols.add(FeatureColumn.createColumn("name", GeoPackageDataType.TEXT));
                cols.add(FeatureColumn.createColumn("site", GeoPackageDataType.TEXT));
                cols.add(FeatureColumn.createColumn("uncertainty_km", GeoPackageDataType.DOUBLE));
                cols.add(FeatureColumn.createColumn("source", GeoPackageDataType.TEXT));
                gp.createFeatureTable(FeatureTableMetadata.create(gc, cols, new BoundingBox(-180, -90, 180, 90)));
            }
            for (String[] p : POINTS) {
                FeatureDao dao = gp.getFeatureDao(p[0]);
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(),
                        new mil.nga.sf.Point(Double.parseDouble(p[4]), Double.parseDouble(p[3]))));
                row.setValue("name", p[2]);
                row.setValue("site", p[1]);
                row.setValue("uncertainty_km", 1.5);
                row.setValue("source", "test " + p[0]);
                dao.create(row);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        } finally {
            gp.close();
        }
    }

    private static List<String> names(String layer) {
        List<String> out = new ArrayList<>();
        for (String[] p : POINTS) {
            if (p[0].equals(layer)) {
                out.add(p[2]);
            }
        }
        return out;
    }

    private static List<String> ids(String layer) {
        List<String> out = new ArrayList<>();
        for (String[] p : POINTS) {
            if (p[0].equals(layer)) {
                out.add(p[1]);
            }
        }
        return out;
    }

    /** The first column of each row of a CSV report or the sites table, header skipped. */
    private static List<String> firstColumn(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            out.add(lines[i].split("[, ]")[0]);
        }
        return out;
    }

    @ParameterizedTest(name = "--targets places.gpkg{0}")
    @CsvSource({":launchers, launchers", ":depots, depots", "'', depots"})
    void targetsComeFromTheLayerNamedOrTheFirstOfPoints(String suffix, String layer) {
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", gpkg + suffix,
                "--format", "csv", "-o", "-", "--quiet");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> got = firstColumn(r.stdout()).stream().map(n -> n.replace("\"", "")).toList();
        assertEquals(names(layer).stream().map(n -> n.split(" ")[0]).toList(), got, r.stdout());
    }

    @ParameterizedTest(name = "--sites-file places.gpkg{0}")
    @CsvSource({":launchers, launchers", ":depots, depots", "'', depots"})
    void sitesComeFromTheLayerNamedOrTheFirstOfPoints(String suffix, String layer) {
        Cli.Result r = Cli.run("sites", "--sites-file", gpkg + suffix);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(ids(layer), firstColumn(r.stdout()), r.stdout());
    }

    @Test
    void aScenarioNamesTheLayerTheSameWay() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "sites_file: places.gpkg:launchers\nmax_range: 500km\noutputs: {geojson: s.csv}\n");
        Cli.Result r = Cli.run("run", yaml.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String csv = Files.readString(dir.resolve("s.csv"));
        for (String id : ids("launchers")) {
            assertTrue(csv.contains("," + id + ","), id);
        }
        assertFalse(csv.contains("north-depot"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --targets    | :nope  | no layer 'nope'; layers: depots, launchers, zones
            --sites-file | :nope  | no layer 'nope'; layers: depots, launchers, zones
            --targets    | :zones | layer 'zones' holds MULTIPOLYGON features, not points; point layers: depots, launchers
            --sites-file | :zones | layer 'zones' holds MULTIPOLYGON features, not points; point layers: depots, launchers
            """)
    void anUnknownOrNonPointLayerIsRefusedNamingTheLayers(String option, String suffix, String expected) {
        Path out = dir.resolve("refused.csv");
        Cli.Result r = option.equals("--targets")
                ? Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", gpkg + suffix,
                        "-o", out.toString())
                : Cli.run("rings", "--sites-file", gpkg + suffix, "--range", "500", "-o", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains(option), r.stderr());
        assertTrue(r.stderr().strip().endsWith(expected), r.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void theSuffixIsReadOnlyAfterAGeoPackageName() {
        assertEquals(new GpkgPoints.LayerPath("a.gpkg", "x"), GpkgPoints.LayerPath.parse("a.gpkg:x"));
        assertEquals(new GpkgPoints.LayerPath("dir/A.GPKG", "my layer"), GpkgPoints.LayerPath.parse("dir/A.GPKG:my layer"));
        assertEquals(new GpkgPoints.LayerPath("a.gpkg:b.gpkg", "c"), GpkgPoints.LayerPath.parse("a.gpkg:b.gpkg:c"));
        for (String whole : List.of("C:\\data\\a.gpkg", "a.gpkg", "a.kml:x", "a.gpkg:", "a.gpkg:x/y", "a.gpkg:x:y",
                "cities")) {
            assertNull(GpkgPoints.LayerPath.parse(whole).layer(), whole);
            assertEquals(whole, GpkgPoints.LayerPath.parse(whole).file(), whole);
        }
    }
}
