package org.rangekit.coverage;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * Independent reference for the area of a geodesic band: in geodesic polar coordinates (s, α)
 * about the centre the area element is m(s, α) ds dα, m the reduced length (Karney 2013, eq. 2
 * and §3), so area = ∫₀^{2π} ∫_{r₁}^{r₂} m ds dα. Gauss–Legendre in s (m is smooth) and the
 * trapezoid rule in α (periodic, hence spectrally accurate); m from GeographicLib's direct problem.
 */
final class DiscAreaReference {

    private static final double[] GL_X;
    private static final double[] GL_W;

    static {
        int n = 24;
        GL_X = new double[n];
        GL_W = new double[n];
        for (int i = 0; i < n; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                double dp = n * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    double q0 = 1;
                    double q1 = x;
                    for (int k = 2; k <= n; k++) {
                        double q2 = ((2 * k - 1) * x * q1 - (k - 1) * q0) / k;
                        q0 = q1;
                        q1 = q2;
                    }
                    dp = n * (x * q1 - q0) / (x * x - 1);
                    GL_W[i] = 2 / ((1 - x * x) * dp * dp);
                    break;
                }
            }
            GL_X[i] = x;
        }
    }

    private DiscAreaReference() {
    }

    /** Area of the band [inner, outer] around {@code c} (square metres). */
    static double bandArea(GeoPoint c, double inner, double outer, EarthModel earth) {
        int azimuths = 720;
        double sum = 0;
        for (int j = 0; j < azimuths; j++) {
            double azi = 360.0 * j / azimuths;
            double line = 0;
            for (int i = 0; i < GL_X.length; i++) {
                double s = inner + (outer - inner) * (GL_X[i] + 1) / 2;
                GeodesicData g = earth.geodesic().Direct(c.latDeg(), c.lonDeg(), azi, s, GeodesicMask.REDUCEDLENGTH);
                line += GL_W[i] * g.m12;
            }
            sum += line * (outer - inner) / 2;
        }
        return sum * 2 * Math.PI / azimuths;
    }
}
