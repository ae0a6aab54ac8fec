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
 * GEOMETRY holding points), unless the caller names a layer ({@link LayerPath}: {@code FILE.gpkg:LAYER},
 * the one grammar of {@code --targets}, {@code --sites-file} and a scenario's {@code sites_file}); a
 * layer named but absent, or not of points, is refused naming the layers present. Coordinates must
 * be in WGS84 lon/lat (SRS 4326, or the undefined geographic SRS 0). Rows whose geometry is missing
 * or not a point are skipped.
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

    /**
     * A GeoPackage file with the layer to read: {@code places.gpkg:launchers} is layer
     * {@code launchers} of {@code places.gpkg}. The suffix is read only after a name ending in
     * {@code .gpkg} (any case), and a layer name holds no {@code :}, {@code /} or {@code \}; any
     * other text is a file name as typed, without a layer. A file whose own name ends in
     * {@code .gpkg:NAME} cannot be read so (rename it).
     *
     * @param file the file as typed, without the suffix
     * @param layer the layer, or null for the caller's default
     */
    public record LayerPath(String file, String layer) {

        private static final java.util.regex.Pattern SUFFIX =
                java.util.regex.Pattern.compile("(?s)(.+\\.(?i:gpkg)):([^:/\\\\]+)");

        /** Splits {@code FILE.gpkg:LAYER}; any other text is a file without a layer. */
        public static LayerPath parse(String text) {
            java.util.regex.Matcher m = SUFFIX.matcher(text == null ? "" : text);
            return m.matches() ? new LayerPath(m.group(1), m.group(2)) : new LayerPath(text, null);
        }
    }

    private GpkgPoints() {
    }

    /**
     * @param file the GeoPackage
     * @param label how messages name it
     * @param preferredLayer the layer read when present, e.g. {@code sites}
     */
    public static List<Row> read(Path file, String label, String preferredLayer) throws IOException {
        return read(file, label, preferredLayer, null);
    }

    /**
     * @param file the GeoPackage
     * @param label how messages name it
     * @param preferredLayer the layer read when present and no layer is named, e.g. {@code sites}
     * @param layerNamed the layer the user named ({@link LayerPath#layer()}), or null
     * @throws IllegalArgumentException when the named layer is absent or not of points, naming the layers present
     */
    public static List<Row> read(Path file, String label, String preferredLayer, String layerNamed)
            throws IOException {
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
            if (layerNamed != null) {
                if (!tables.contains(layerNamed)) {
                    throw new IllegalArgumentException(at(label) + "no layer " + org.rangekit.text.Quote.of(layerNamed)
                            + "; layers: " + (tables.isEmpty() ? "none" : String.join(", ", tables)));
                }
                GeometryType t = gp.getFeatureDao(layerNamed).getGeometryType();
                if (t != GeometryType.POINT && t != GeometryType.GEOMETRY) {
                    throw new IllegalArgumentException(at(label) + "layer " + org.rangekit.text.Quote.of(layerNamed)
                            + " holds " + t.getName() + " features, not points; point layers: " + pointLayers(gp, tables));
                }
            }
            String layer = layerNamed != null ? layerNamed : tables.contains(preferredLayer) ? preferredLayer : null;
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

    private static String pointLayers(GeoPackage gp, List<String> tables) {
        List<String> points = new ArrayList<>();
        for (String t : tables) {
            GeometryType g = gp.getFeatureDao(t).getGeometryType();
            if (g == GeometryType.POINT || g == GeometryType.GEOMETRY) {
                points.add(t);
            }
        }
        return points.isEmpty() ? "none" : String.join(", ", points);
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
