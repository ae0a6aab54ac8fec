package org.rangekit.io.out;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes overlay features as an OGC GeoPackage 1.3 for QGIS and GDAL, with the NGA GeoPackage
 * library (MIT): one feature table per layer ({@link OverlayLayers}: {@code sites} Point,
 * {@code bands} MultiPolygon, {@code rings} and {@code radials} MultiLineString, {@code targets}
 * Point, …), each declared with its geometry type, in EPSG:4326, with an R-tree spatial index
 * ({@code gpkg_rtree_index} extension), plus a QGIS {@code layer_styles} table whose default style
 * per layer draws it in the map legend's colours (bands categorised by {@code outer_km}, rings by
 * {@code radius_km}).
 *
 * <p>SQLite writes a database file, not a stream: the GeoPackage is built in a temporary file next
 * to nothing the caller owns (the system temporary directory) and then copied to the stream. The
 * {@code last_change} times of {@code gpkg_contents} and the style times are fixed
 * ({@value #FIXED_TIME}) so that the same inputs give the same tables.
 */
public final class GpkgWriter {

    /** EPSG:4326, which every GeoPackage defines. */
    public static final long SRS_WGS84 = 4326;
    /** The time written into {@code last_change} and {@code update_time}. */
    public static final String FIXED_TIME = "2000-01-01T00:00:00.000Z";
    /** {@code PRAGMA user_version} of GeoPackage 1.3.0 (the library writes 1.4, which GDAL 3.6 warns about). */
    public static final int USER_VERSION = 10300;
    /** Geometry column name, as GDAL names it. */
    public static final String GEOMETRY_COLUMN = "geom";

    private GpkgWriter() {
    }

    /**
     * Writes the GeoPackage to {@code out}, leaving it open.
     *
     * @param features overlay features with {@code kind}
     * @param style colours for the QGIS styles
     */
    public static void write(OutputStream out, List<GeoJsonWriter.Feature> features, OverlayStyle style)
            throws IOException {
        List<OverlayLayers.Layer> layers = OverlayLayers.of(features);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a GeoPackage needs at least one feature");
        }
        Path dir = Files.createTempDirectory("rangekit-gpkg");
        Path file = dir.resolve("overlay.gpkg");
        try {
            GeoPackageManager.create(file.toFile());
            GeoPackage gp = GeoPackageManager.open(file.toFile());
            try {
                Map<Double, Integer> index = OverlayStyle.indexByRadius(features);
                createStyleTable(gp);
                for (OverlayLayers.Layer layer : layers) {
                    writeLayer(gp, layer);
                    insertStyle(gp, layer, LayerStyles.qml(layer, style, index));
                }
                gp.execSQL("UPDATE gpkg_contents SET last_change = '" + FIXED_TIME + "'");
                // The tables are those of GeoPackage 1.3, which GDAL 3.6 reads without a warning.
                gp.execSQL("PRAGMA user_version = " + USER_VERSION);
            } finally {
                gp.close();
            }
            Files.copy(file, out);
            out.flush();
        } catch (mil.nga.geopackage.GeoPackageException e) {
            throw new IOException("could not write the GeoPackage: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("overlay.gpkg-journal"));
            Files.deleteIfExists(dir);
        }
    }

    private static void writeLayer(GeoPackage gp, OverlayLayers.Layer layer) throws IOException {
        GeometryColumns gc = new GeometryColumns();
        gc.setTableName(layer.name());
        gc.setColumnName(GEOMETRY_COLUMN);
        gc.setGeometryType(GeometryType.fromName(layer.geometryType().toUpperCase(java.util.Locale.ROOT)));
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(SRS_WGS84);
        List<FeatureColumn> columns = new ArrayList<>();
        for (String c : layer.columns()) {
            GeoPackageDataType type = switch (layer.columnType(c)) {
                case "integer" -> GeoPackageDataType.INTEGER;
                case "real" -> GeoPackageDataType.DOUBLE;
                default -> GeoPackageDataType.TEXT;
            };
            columns.add(FeatureColumn.createColumn(c, type));
        }
        Envelope env = new Envelope();
        layer.features().forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        BoundingBox box = new BoundingBox(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
        FeatureTable table = gp.createFeatureTable(FeatureTableMetadata.create(gc, columns, box));
        FeatureDao dao = gp.getFeatureDao(table.getTableName());
        WKBWriter wkb = new WKBWriter(2);
        gp.beginTransaction();
        try {
            for (GeoJsonWriter.Feature f : layer.features()) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(SRS_WGS84,
                        wkb.write(f.geometry())));
                for (String c : layer.columns()) {
                    row.setValue(c, value(f.properties().get(c), layer.columnType(c)));
                }
                dao.insert(row);
            }
        } finally {
            gp.endTransaction();
        }
        new RTreeIndexExtension(gp).create(table);
    }

    private static Object value(Object v, String type) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case "integer" -> ((Number) v).longValue();
            case "real" -> v instanceof BigDecimal d ? d.doubleValue() : ((Number) v).doubleValue();
            default -> v.toString();
        };
    }

    /** The table QGIS keeps layer styles in (as QGIS 3 creates it), registered as an attributes table. */
    private static void createStyleTable(GeoPackage gp) {
        gp.execSQL("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256),"
                + " f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256),"
                + " styleName TEXT(30), styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT,"
                + " owner TEXT(30), ui TEXT(30), update_time DATETIME)");
        gp.execSQL("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
                + " VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', '" + FIXED_TIME + "')");
    }

    private static void insertStyle(GeoPackage gp, OverlayLayers.Layer layer, String qml) {
        gp.execSQL("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,"
                + " styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) VALUES ("
                + "'', '', " + sql(layer.name()) + ", " + sql(GEOMETRY_COLUMN) + ", " + sql(layer.name()) + ", "
                + sql(qml) + ", '', 1, " + sql("rangekit map colours") + ", '', NULL, '" + FIXED_TIME + "')");
    }

    private static String sql(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
