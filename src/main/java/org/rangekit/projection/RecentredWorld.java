package org.rangekit.projection;

import org.rangekit.geodesy.GeoPoint;

/**
 * A world projection moved to another central meridian λ0: the base projection, defined on
 * Greenwich, applied to the longitude difference λ − λ0 reduced to [−180°, 180°], so that the map's
 * left and right edges are the meridian λ0 ± 180° (PROJ does the same with {@code +lon_0}).
 *
 * <p>A longitude exactly 180° from λ0 keeps its sign (λ0 − 180° is the left edge, λ0 + 180° the right
 * edge): geometry unwrapped to [λ0 − 180°, λ0 + 180°] by the renderer projects without any jump.
 *
 * <p>Immutable and thread-safe.
 *
 * @param base the projection centred on Greenwich (its domain must be a {@link Domain.World})
 * @param centralMeridianDeg λ0 (degrees)
 */
public record RecentredWorld(MapProjection base, double centralMeridianDeg) implements MapProjection {

    /** A longitude this close beyond λ0 ± 180° is taken as that edge (degrees; about 0.1 µm). */
    static final double EDGE_EPS_DEG = 1e-12;

    public RecentredWorld {
        if (base == null || !(base.domain() instanceof Domain.World w) || w.centralMeridianDeg() != 0) {
            throw new IllegalArgumentException("base must be a world projection centred on Greenwich, got " + base);
        }
        if (!Double.isFinite(centralMeridianDeg)) {
            throw new IllegalArgumentException("central meridian must be finite, got " + centralMeridianDeg);
        }
    }

    @Override
    public ProjectionKind kind() {
        return base.kind();
    }

    @Override
    public Domain domain() {
        return new Domain.World(centralMeridianDeg, ((Domain.World) base.domain()).maxAbsLatDeg());
    }

    @Override
    public void forward(double latDeg, double lonDeg, double[] out) {
        base.forward(latDeg, relativeLon(lonDeg), out);
    }

    /** λ − λ0 reduced to [−180, 180] (degrees); ±180 keep their sign. */
    double relativeLon(double lonDeg) {
        double d = lonDeg - centralMeridianDeg;
        if (Math.abs(d) <= 180) {
            return d;
        }
        if (Math.abs(d) <= 180 + EDGE_EPS_DEG) {
            return Math.copySign(180, d); // λ0 ± 180° computed with a rounding error: still that edge
        }
        double r = GeoPoint.normalizeLon(d);
        return r == -180 && d > 0 ? 180 : r;
    }

    @Override
    public double[] inverse(double xMeters, double yMeters) {
        double[] ll = base.inverse(xMeters, yMeters);
        if (Double.isNaN(ll[0]) || Double.isNaN(ll[1])) {
            return ll;
        }
        return new double[] {ll[0], GeoPoint.normalizeLon(ll[1] + centralMeridianDeg)};
    }
}
