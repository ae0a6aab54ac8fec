package org.rangekit.api;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * Discs and bands of geodesic range around a centre as JTS geometries in lon/lat, with their
 * exact areas in km².
 *
 * <p>Two ways in, in the style of JTS: a static call on WGS84 with the default tolerance, or an
 * instance configured with {@link Parameters} (Earth model, edge tolerance). Example:
 * <pre>{@code
 * RingShape disc = Rings.disc(GeoPoint.of(48.58, 45.80), 500, EarthModel.WGS84);
 * System.out.println(disc.areaSquareKm());                  // 784996.358 (km², the exact disc on WGS84)
 * System.out.println(disc.contains(GeoPoint.of(52, 49)));   // by geodesic distance
 * Rings fine = new Rings(new Rings.Parameters(EarthModel.WGS84, 5));   // edges within 5 m
 * RingShape band = fine.band(GeoPoint.of(48.58, 45.80), 500, 1000);
 * }</pre>
 *
 * <h2>Algorithm and accuracy</h2>
 * Polygons are traced by {@link RingPolygons}: every vertex on the geodesic ring to about 15 nm
 * (GeographicLib's direct problem, Karney 2013, doi:10.1007/s00190-012-0578-z), every edge, read
 * as a straight line in lon/lat, within the tolerance of the ring; discs over a pole or across
 * ±180° are cut as RFC 7946 §3.1.9 asks. Areas are those of the exact disc or band on the Earth
 * model ({@code DiscArea}), not of the polygon.
 *
 * <h2>Limitations</h2>
 * A radius may not exceed the antipodal distance, nor pass the cut locus within about 34 km of it
 * ({@link RingPolygons#wellDefinedRadiusMeters}); such radii are refused with an
 * {@link IllegalArgumentException}.
 *
 * <h2>Thread safety</h2>
 * Immutable; thread-safe.
 */
public final class Rings {

    private final Parameters parameters;

    /**
     * How shapes are made.
     *
     * @param earth the figure of the Earth
     * @param toleranceMeters largest distance (metres) of a straight lon/lat polygon edge from the
     *     true ring, at least {@link RingPolygons#MIN_TOLERANCE_M}
     */
    public record Parameters(EarthModel earth, double toleranceMeters) {

        /** WGS84, edges within {@link RingPolygons#DEFAULT_TOLERANCE_M} (50 m) of the ring. */
        public static final Parameters DEFAULT = new Parameters(EarthModel.WGS84, RingPolygons.DEFAULT_TOLERANCE_M);

        public Parameters {
            if (earth == null) {
                throw new IllegalArgumentException("earth model is required");
            }
            if (!(toleranceMeters >= RingPolygons.MIN_TOLERANCE_M) || Double.isInfinite(toleranceMeters)) {
                throw new IllegalArgumentException("toleranceMeters must be a finite number >= "
                        + RingPolygons.MIN_TOLERANCE_M + ", got " + toleranceMeters);
            }
        }
    }

    /** @param parameters Earth model and edge tolerance */
    public Rings(Parameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are required");
        }
        this.parameters = parameters;
    }

    /** The parameters this instance makes shapes with. */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * The disc of a range around a centre, edges within the default 50 m.
     *
     * @param centre the centre (degrees)
     * @param radiusKm the range (kilometres), finite and &gt; 0
     * @param earth the figure of the Earth
     */
    public static RingShape disc(GeoPoint centre, double radiusKm, EarthModel earth) {
        return new Rings(new Parameters(earth, RingPolygons.DEFAULT_TOLERANCE_M)).discOf(centre, radiusKm);
    }

    /**
     * The band between two ranges around a centre, edges within the default 50 m; an inner
     * radius of 0 gives the disc.
     *
     * @param centre the centre (degrees)
     * @param innerKm inner range (kilometres), ≥ 0
     * @param outerKm outer range (kilometres), &gt; {@code innerKm}
     * @param earth the figure of the Earth
     */
    public static RingShape band(GeoPoint centre, double innerKm, double outerKm, EarthModel earth) {
        return new Rings(new Parameters(earth, RingPolygons.DEFAULT_TOLERANCE_M)).bandOf(centre, innerKm, outerKm);
    }

    /**
     * Exact area of a disc (square kilometres), without tracing its polygon.
     *
     * @param centre the centre (degrees)
     * @param radiusKm the range (kilometres), finite and &gt; 0
     * @param earth the figure of the Earth
     */
    public static double discAreaSquareKm(GeoPoint centre, double radiusKm, EarthModel earth) {
        return RingPolygons.discAreaSquareMeters(ring(centre, radiusKm, earth)) / 1e6;
    }

    /**
     * The disc of a range around a centre.
     *
     * @param centre the centre (degrees)
     * @param radiusKm the range (kilometres), finite and &gt; 0
     */
    public RingShape discOf(GeoPoint centre, double radiusKm) {
        Ring ring = ring(centre, radiusKm, parameters.earth());
        return new RingShape(centre, 0, radiusKm, parameters.earth(),
                RingPolygons.disc(ring, parameters.toleranceMeters()), RingPolygons.discAreaSquareMeters(ring) / 1e6);
    }

    /**
     * The band between two ranges around a centre; an inner radius of 0 gives the disc.
     *
     * @param centre the centre (degrees)
     * @param innerKm inner range (kilometres), ≥ 0
     * @param outerKm outer range (kilometres), &gt; {@code innerKm}
     */
    public RingShape bandOf(GeoPoint centre, double innerKm, double outerKm) {
        if (innerKm == 0) {
            return discOf(centre, outerKm);
        }
        if (centre == null) {
            throw new IllegalArgumentException("centre is required");
        }
        Band band = new Band(centre, innerKm * 1000.0, outerKm * 1000.0, parameters.earth());
        return new RingShape(centre, innerKm, outerKm, parameters.earth(),
                RingPolygons.band(band, parameters.toleranceMeters()), RingPolygons.bandAreaSquareMeters(band) / 1e6);
    }

    private static Ring ring(GeoPoint centre, double radiusKm, EarthModel earth) {
        if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
            throw new IllegalArgumentException("radiusKm must be a finite number > 0, got " + radiusKm);
        }
        return new Ring(centre, radiusKm * 1000.0, earth);
    }
}
