package org.rangekit.projection;

import org.apache.sis.referencing.operation.transform.DefaultMathTransformFactory;
import org.apache.sis.referencing.operation.transform.MathTransformBuilder;
import org.opengis.parameter.ParameterValueGroup;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * Projections computed by Apache SIS 1.6: orthographic globe, Lambert azimuthal equal-area,
 * Robinson and Web Mercator.
 *
 * <h2>Algorithm</h2>
 * Each projection is an SIS {@link MathTransform} built by {@link DefaultMathTransformFactory} from
 * the EPSG operation method ("Orthographic" EPSG:9840, "Lambert Azimuthal Equal Area" EPSG:9820,
 * "Popular Visualisation Pseudo Mercator" EPSG:1024) or the OGC one ("Robinson"), with the semi-axes
 * of the {@link EarthModel}. SIS takes (longitude, latitude) in degrees and gives (easting, northing)
 * in metres; this class converts the axis order in one place.
 *
 * <h2>Accuracy</h2>
 * That of SIS: the ellipsoidal formulas of EPSG Guidance Note 7-2 and Snyder 1987 (§20 orthographic,
 * §24 Lambert azimuthal equal-area), to about a millimetre; Robinson interpolates Robinson's table
 * (Snyder 1993) and is a compromise projection with no exact property.
 *
 * <h2>Limitations</h2>
 * SIS 1.6's inverse orthographic returns the longitude in the wrong half-plane when the point lies
 * more than 90° of longitude from the centre (it uses a two-quadrant arctangent); {@link #inverse}
 * repairs that by checking both candidates against the forward projection.
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe (SIS math transforms are).
 */
public final class SisProjection implements MapProjection {

    /**
     * Geodesic radius of the disc a globe view shows (metres): a quarter meridian (10,001.966 km)
     * less 50 km, so every point of the clip boundary is safely on the visible side of the ellipsoidal
     * horizon, whose geodesic distance from the centre varies by a few km with azimuth.
     */
    public static final double GLOBE_RADIUS_M = 9_951_966;

    /** Highest latitude of a Web Mercator map (degrees): the square world of web tiles, atan(sinh π). */
    public static final double MERCATOR_MAX_LAT_DEG = 85.0511287798066;

    private final ProjectionKind kind;
    private final Domain domain;
    private final MathTransform transform;
    private final MathTransform inverseTransform;

    private SisProjection(ProjectionKind kind, Domain domain, MathTransform transform) {
        this.kind = kind;
        this.domain = domain;
        this.transform = transform;
        try {
            this.inverseTransform = transform.inverse();
        } catch (org.opengis.referencing.operation.NoninvertibleTransformException e) {
            throw new IllegalStateException("SIS projection " + kind + " has no inverse", e);
        }
    }

    /**
     * Orthographic globe centred on a point (EPSG:9840 on the ellipsoid).
     *
     * @param centre point at the centre of the globe
     * @param earth the figure of the Earth
     */
    public static SisProjection orthographic(GeoPoint centre, EarthModel earth) {
        return azimuthal(ProjectionKind.ORTHO, "Orthographic", centre, earth, GLOBE_RADIUS_M);
    }

    /**
     * Lambert azimuthal equal-area centred on a point (EPSG:9820 on the ellipsoid).
     *
     * @param centre point at the centre of the map
     * @param earth the figure of the Earth
     */
    public static SisProjection lambertAzimuthalEqualArea(GeoPoint centre, EarthModel earth) {
        // The whole globe but a region around the antipode, where the projection tears a point into a circle.
        return azimuthal(ProjectionKind.LAEA, "Lambert Azimuthal Equal Area", centre, earth,
                AzimuthalEquidistant.MAX_RADIUS_M);
    }

    /**
     * Robinson world map (OGC "Robinson"), on a sphere of the equatorial radius.
     *
     * @param centralMeridianDeg central meridian (degrees)
     * @param earth the figure of the Earth
     */
    public static SisProjection robinson(double centralMeridianDeg, EarthModel earth) {
        MathTransformBuilder b = builder("Robinson");
        ParameterValueGroup p = b.parameters();
        // Robinson is defined on a sphere; like PROJ and ESRI, use one of the equatorial radius.
        p.parameter("semi_major").setValue(earth.equatorialRadiusMeters());
        p.parameter("semi_minor").setValue(earth.equatorialRadiusMeters());
        p.parameter("Central_Meridian").setValue(centralMeridianDeg);
        return new SisProjection(ProjectionKind.WORLD, new Domain.World(centralMeridianDeg, 90), create(b));
    }

    /**
     * Web Mercator, EPSG:3857's "Popular Visualisation Pseudo Mercator" (EPSG:1024): spherical formulas
     * on the WGS84 semi-major axis, as web maps use it. Neither conformal on the ellipsoid nor equal-area.
     *
     * @param centralMeridianDeg central meridian (degrees)
     */
    public static SisProjection webMercator(double centralMeridianDeg) {
        MathTransformBuilder b = builder("Popular Visualisation Pseudo Mercator");
        ParameterValueGroup p = b.parameters();
        setAxes(p, EarthModel.WGS84);
        p.parameter("Latitude of natural origin").setValue(0.0);
        p.parameter("Longitude of natural origin").setValue(centralMeridianDeg);
        return new SisProjection(ProjectionKind.MERCATOR,
                new Domain.World(centralMeridianDeg, MERCATOR_MAX_LAT_DEG), create(b));
    }

    private static SisProjection azimuthal(ProjectionKind kind, String method, GeoPoint centre, EarthModel earth,
            double capRadiusMeters) {
        MathTransformBuilder b = builder(method);
        ParameterValueGroup p = b.parameters();
        setAxes(p, earth);
        p.parameter("Latitude of natural origin").setValue(centre.latDeg());
        p.parameter("Longitude of natural origin").setValue(centre.normalizedLonDeg());
        return new SisProjection(kind, new Domain.Cap(centre, capRadiusMeters), create(b));
    }

    private static MathTransformBuilder builder(String method) {
        try {
            return DefaultMathTransformFactory.provider().builder(method);
        } catch (FactoryException e) {
            throw new IllegalStateException("Apache SIS has no operation method '" + method + "'", e);
        }
    }

    private static void setAxes(ParameterValueGroup p, EarthModel earth) {
        double a = earth.equatorialRadiusMeters();
        p.parameter("semi_major").setValue(a);
        p.parameter("semi_minor").setValue(a * (1 - earth.flattening()));
    }

    private static MathTransform create(MathTransformBuilder b) {
        try {
            return b.create();
        } catch (FactoryException e) {
            throw new IllegalStateException("Apache SIS could not build " + b, e);
        }
    }

    @Override
    public ProjectionKind kind() {
        return kind;
    }

    @Override
    public Domain domain() {
        return domain;
    }

    @Override
    public void forward(double latDeg, double lonDeg, double[] out) {
        double[] p = {lonDeg, latDeg};
        try {
            transform.transform(p, 0, out, 0, 1);
        } catch (TransformException e) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
        }
    }

    @Override
    public void forwardAll(double[] lonLat, double[] xy, int count) {
        try {
            transform.transform(lonLat, 0, xy, 0, count);
        } catch (TransformException e) {
            // SIS stops at the first failure in some paths: redo point by point so each bad point is NaN alone.
            MapProjection.super.forwardAll(lonLat, xy, count);
        }
    }

    @Override
    public double[] inverse(double xMeters, double yMeters) {
        double[] ll = new double[2];
        try {
            inverseTransform.transform(new double[] {xMeters, yMeters}, 0, ll, 0, 1);
        } catch (TransformException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (Double.isNaN(ll[0]) || Double.isNaN(ll[1])) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double lat = ll[1];
        double lon = GeoPoint.normalizeLon(ll[0]);
        if (kind == ProjectionKind.ORTHO) {
            // Work-around for the two-quadrant arctangent of SIS 1.6 (see class Javadoc): the other
            // candidate with the same tangent lies 180° away; keep whichever reprojects onto the point.
            double mirror = GeoPoint.normalizeLon(lon + 180);
            if (residual(lat, mirror, xMeters, yMeters) < residual(lat, lon, xMeters, yMeters)) {
                lon = mirror;
            }
        }
        return new double[] {lat, lon};
    }

    private double residual(double latDeg, double lonDeg, double x, double y) {
        double[] p = forward(latDeg, lonDeg);
        double r = Math.hypot(p[0] - x, p[1] - y);
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }
}
