package org.rangekit.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.AreaBuffer;
import org.rangekit.geometry.AreaDistance;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.io.in.AreaReader;

/**
 * Areas as the source of a range: a launch box, a district, a country or a part of one, a
 * coastline, or a set of candidate launch points. Distances to an area are exact (0 inside, else
 * the shortest geodesic to its boundary, see {@link GeodesicArea}); buffers are lon/lat polygons
 * to a tolerance ({@link AreaBuffer}).
 *
 * <p>Example: how far Berlin is from the Kaliningrad exclave.
 * <pre>{@code
 * GeodesicArea kaliningrad = Areas.country("RUS", GeoPoint.of(54.7, 20.5), EarthModel.WGS84);
 * AreaDistance d = Areas.distance(kaliningrad, GeoPoint.of(52.52, 13.40));
 * System.out.printf("%.3f km, nearest point %s%n", d.distanceKm(), d.nearest());
 * }</pre>
 *
 * <p>Thread safety: stateless; thread-safe.
 */
public final class Areas {

    private Areas() {
    }

    /**
     * An area from a GeoJSON, WKT or KML file (format by extension; edges read as straight lon/lat
     * lines and densified, see {@link GeodesicArea#fromLonLat}).
     *
     * @throws IllegalArgumentException for a file that is not a readable area
     * @throws UncheckedIOException if the file cannot be read
     */
    public static GeodesicArea fromFile(Path file, EarthModel earth) {
        try {
            return AreaReader.read(file, earth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A country of the embedded Natural Earth 50m data, or the part of it that contains a point.
     *
     * @param code ISO alpha-3, Natural Earth ADM0_A3 code or name
     * @param partContaining a point inside the part wanted (degrees), or null for the whole country
     * @param earth the figure of the Earth
     */
    public static GeodesicArea country(String code, GeoPoint partContaining, EarthModel earth) {
        return AreaReader.country(code, partContaining, earth);
    }

    /** The distance from {@code point} to {@code area}: 0 inside, else to the nearest point of its boundary. */
    public static AreaDistance distance(GeodesicArea area, GeoPoint point) {
        return area.distance(point);
    }

    /**
     * The points within {@code radiusKm} of {@code area} as a lon/lat Polygon or MultiPolygon (RFC 7946).
     *
     * @param radiusKm buffer distance (kilometres)
     * @param toleranceMeters largest distance (metres) of an edge from the exact boundary
     */
    public static Geometry buffer(GeodesicArea area, double radiusKm, double toleranceMeters) {
        return AreaBuffer.polygon(area, radiusKm * 1000, toleranceMeters);
    }
}
