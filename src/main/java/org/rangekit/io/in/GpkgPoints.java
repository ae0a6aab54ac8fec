package org.rangekit.io.in;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;

/**
 * Reads the Point features of a GeoPackage (OGC 12-128r18) layer with NGA's GeoPackage library:
 * the layer named as asked ({@code sites}), else the first layer whose geometry type is POINT (or
 * GEOMETRY holding points). Coordinates must be in WGS84 lon/lat (SRS 4326, or the undefined
 * geographic SRS 0). Rows whose geometry is missing or not a point are skipped.
 *
 * <p>The file is opened read-only, and never written.
 */
public final class GpkgPoints {

    /**
     * A point row.
     *
     * @param properties the row's attribute columns by name (values as text), geometry excluded
     * @param latDeg latitude (degrees)
     * @param lonDeg longitude (degrees)
     */
    public record Row(Map<String, String> properties, double latDeg, double lonDeg) {
    }

    private GpkgPoints() {
    }

    /**
     * @param file the GeoPackage
     * @param label how messages name it
     * @param preferredLayer the layer read when present, e.g. {@code sites}
     */
    public static List<Row> read(Path file, String label, String preferredLayer) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(at(label) + "no such file");
        }
        GeoPackage gp;
        try {
            gp = GeoPackageManager.open(true, file.toFile(), true);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(at(label) + "not a GeoPackage (" + firstLine(e) + ")", e);
        }
        try (gp) {
            List<String> tables = gp.getFeatureTables();
            String layer = tables.contains(preferredLayer) ? preferredLayer : null;
            for (int i = 0; layer == null && i < tables.size(); i++) {
                GeometryType t = gp.getFeatureDao(tables.get(i)).getGeometryType();
                if (t == GeometryType.POINT || t == GeometryType.GEOMETRY) {
                    layer = tables.get(i);
                }
            }
            if (layer == null) {
                throw new IllegalArgumentException(at(label) + "no Point layer (expected a layer '" + preferredLayer
                        + "' or any layer of points); layers: " + (tables.isEmpty() ? "none" : String.join(", ", tables)));
            }
            FeatureDao dao = gp.getFeatureDao(layer);
            long srs = dao.getSrsId();
            if (srs != 4326 && srs != 0) {
                throw new IllegalArgumentException(at(label) + "layer '" + layer + "' is in SRS " + srs
                        + "; expected WGS84 longitude/latitude (EPSG:4326)");
            }
            String geomColumn = dao.getGeometryColumnName();
            List<Row> out = new ArrayList<>();
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    FeatureRow row = rs.getRow();
                    GeoPackageGeometryData gd = row.getGeometry();
                    if (gd == null || gd.isEmpty() || !(gd.getGeometry() instanceof Point p)) {
                        continue;
                    }
                    Map<String, String> props = new LinkedHashMap<>();
                    for (String c : row.getColumnNames()) {
                        Object v = row.getValue(c);
                        if (!c.equals(geomColumn) && v != null) {
                            props.put(c, v.toString());
                        }
                    }
                    out.add(new Row(props, p.getY(), p.getX()));
                }
            } finally {
                rs.close();
            }
            return out;
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(at(label) + "cannot read the GeoPackage (" + firstLine(e) + ")", e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").strip();
    }

    /** The file's label as a message prefix ({@code "LABEL: "}), or nothing for an empty label. */
    private static String at(String label) {
        return label == null || label.isEmpty() ? "" : label + ": ";
    }
}
