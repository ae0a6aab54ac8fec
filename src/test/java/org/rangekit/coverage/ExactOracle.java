package org.rangekit.coverage;

import java.util.List;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.GeoPoint;

/**
 * The references the fast paths are tested against: GeographicLib's inverse problem (Karney 2013)
 * for every target and site, with no bound and no shortcut. Test code only, so that production
 * code holds no second, slower way to the same answer.
 */
final class ExactOracle {

    private ExactOracle() {
    }

    /** Geodesic distance (metres) from {@code site} to target {@code i}, on the targets' figure. */
    static double distanceMeters(GeoPoint site, TargetPoints t, int i) {
        return t.earth().geodesic().Inverse(site.latDeg(), site.lonDeg(), t.latDeg(i), t.lonDeg(i),
                GeodesicMask.DISTANCE).s12;
    }

    /** The band of target {@code i} in the classifier's scheme, from its exact distance to the classifier's site. */
    static int band(FastClassifier fc, TargetPoints t, int i) {
        return fc.scheme().bandOf(distanceMeters(fc.site(), t, i));
    }

    /** Index of the nearest site to target {@code i} by exact distances (ties to the first listed). */
    static int nearest(List<GeoPoint> sites, TargetPoints t, int i) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < sites.size(); k++) {
            double d = distanceMeters(sites.get(k), t, i);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }
}
