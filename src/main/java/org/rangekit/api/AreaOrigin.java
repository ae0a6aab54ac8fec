package org.rangekit.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.io.in.AreaReader;
import org.rangekit.render.RangeLayers;

/**
 * An area as the origin of ranges instead of launch sites: a launch box, a district, a country or
 * a part of one, a coastline, or a set of candidate launch points. Ranges from it are measured
 * exactly ({@link GeodesicArea#distance}: 0 inside, else the shortest geodesic to its boundary).
 *
 * <p>Example (the Kaliningrad exclave of Russia):
 * <pre>{@code
 * AreaOrigin k = AreaOrigin.country("RUS", GeoPoint.of(54.71, 20.51), EarthModel.WGS84);
 * }</pre>
 *
 * @param name how outputs name the area ({@code origin} property, titles, report parameters), e.g.
 *     {@code "RUS (part containing 54.71, 20.51)"} or the file name
 * @param area the area
 * @param centre a point to centre maps on: the normalised mean of the area's vertices' unit vectors
 */
public record AreaOrigin(String name, GeodesicArea area, GeoPoint centre) {

    public AreaOrigin {
        if (name == null || name.isBlank() || area == null || centre == null) {
            throw new IllegalArgumentException("an area origin needs a name, an area and a centre");
        }
    }

    /** An area with its centre computed from its vertices. */
    public static AreaOrigin of(String name, GeodesicArea area) {
        List<GeoPoint> vs = new ArrayList<>(area.points());
        area.rings().forEach(vs::addAll);
        area.lines().forEach(vs::addAll);
        return new AreaOrigin(name, area, RangeLayers.centreOf(vs));
    }

    /**
     * The area of a GeoJSON, WKT or KML file ({@link Areas#fromFile}), named by the file name as given.
     *
     * @throws IllegalArgumentException for a file that is not a readable area
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static AreaOrigin file(String name, Path file, EarthModel earth) {
        return of(name, Areas.fromFile(file, earth));
    }

    /**
     * A country of the embedded Natural Earth 50m data, or the part of it containing a point
     * ({@link Areas#country}), named {@code "RUS"} or {@code "RUS (part containing 54.71, 20.51)"}.
     */
    public static AreaOrigin country(String code, GeoPoint partContaining, EarthModel earth) {
        return of(AreaReader.countryName(code, partContaining), Areas.country(code, partContaining, earth));
    }
}
