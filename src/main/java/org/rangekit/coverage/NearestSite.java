package org.rangekit.coverage;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.GeoPoint;

/**
 * The nearest of several sites to each target, by geodesic distance, with the inverse problem
 * solved only for the sites the bound of {@link SphereBound} cannot rule out.
 *
 * <h2>Algorithm</h2>
 * For each site, inequality (1) of {@link SphereBound} brackets the geodesic distance in
 * [(1 − f)aσ − ε, aσ + ε]. A site whose lower end exceeds the smallest upper end cannot be the
 * nearest; the remaining candidates (usually one) get GeographicLib's exact inverse. Ties go to
 * the site listed first.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class NearestSite {

    /**
     * Extra margin (metres) for the arcsine of the chord: near the antipode asin amplifies a
     * 1e-16 chord rounding to at most ≈ 1e-8 rad ≈ 0.1 m; 1 m covers it with room.
     */
    static final double ASIN_MARGIN_M = 1.0;

    private final List<GeoPoint> sites;
    private final double[] sxyz;
    private final SphereBound bound;
    private final Geodesic geodesic;

    /**
     * @param sites the sites, at least one
     * @param targets prepared targets (their figure is used)
     */
    public NearestSite(List<GeoPoint> sites, TargetPoints targets) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("at least one site is required");
        }
        this.sites = List.copyOf(sites);
        this.bound = new SphereBound(targets.earth());
        this.geodesic = targets.earth().geodesic();
        this.sxyz = new double[3 * sites.size()];
        for (int k = 0; k < sites.size(); k++) {
            bound.unitVector(sites.get(k).latDeg(), sites.get(k).lonDeg(), sxyz, 3 * k);
        }
    }

    /**
     * The index of the site nearest to target {@code i}.
     */
    public int nearest(TargetPoints t, int i) {
        int n = sites.size();
        if (n == 1) {
            return 0;
        }
        double a = bound.sphereRadiusMeters();
        double[] upper = new double[n];
        double[] lower = new double[n];
        double minUpper = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double dx = t.x(i) - sxyz[3 * k];
            double dy = t.y(i) - sxyz[3 * k + 1];
            double dz = t.z(i) - sxyz[3 * k + 2];
            double sphere = a * 2 * Math.asin(Math.min(1.0, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
            double margin = SphereBound.marginMeters(sphere) + ASIN_MARGIN_M;
            upper[k] = sphere + margin;
            lower[k] = bound.lowerFactor() * sphere - margin;
            minUpper = Math.min(minUpper, upper[k]);
        }
        int best = -1;
        int candidates = 0;
        for (int k = 0; k < n; k++) {
            if (lower[k] <= minUpper) {
                candidates++;
                best = k;
            }
        }
        if (candidates == 1) {
            return best;
        }
        best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (lower[k] <= minUpper) {
                GeoPoint s = sites.get(k);
                double d = geodesic.Inverse(s.latDeg(), s.lonDeg(), t.latDeg(i), t.lonDeg(i), GeodesicMask.DISTANCE).s12;
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
        }
        return best;
    }
}
