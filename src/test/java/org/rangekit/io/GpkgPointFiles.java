package org.rangekit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;

/**
 * Test input: a GeoPackage with one Point layer (EPSG:4326, geometry column {@code geom}) made with
 * NGA's library, as another tool would make it, for the readers of sites and targets.
 */
public final class GpkgPointFiles {

    /** A point and its attribute values, keyed by column name. */
    public record Point(double lonDeg, double latDeg, Map<String, Object> values) {
    }

    private GpkgPointFiles() {
    }

    /**
     * Writes {@code file} with layer {@code table}: the columns in the order given, then the points.
     */
    public static void write(Path file, String table, Map<String, GeoPackageDataType> columns, List<Point> points)
            throws IOException {
        GeoPackageManager.create(file.toFile());
        GeoPackage gp = GeoPackageManager.open(file.toFile());
        try {
            SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            gp.createGeometryColumnsTable();
            GeometryColumns gc = new GeometryColumns();
            gc.setId(new TableColumnKey(table, "geom"));
            gc.setGeometryType(GeometryType.POINT);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrs(srs);
            List<FeatureColumn> cols = new ArrayList<>();
            columns.forEach((name, type) -> cols.add(FeatureColumn.createColumn(name, type)));
            gp.createFeatureTable(FeatureTableMetadata.create(gc, cols, new BoundingBox(-180, -90, 180, 90)));
            FeatureDao dao = gp.getFeatureDao(table);
            for (Point p : points) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(), new mil.nga.sf.Point(p.lonDeg(), p.latDeg())));
                p.values().forEach(row::setValue);
                dao.create(row);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        } finally {
            gp.close();
        }
    }
}
