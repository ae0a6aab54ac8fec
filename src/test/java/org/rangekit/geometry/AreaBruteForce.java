package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * Independent reference for the distance from a point to an area: GeographicLib distances to
 * densely sampled boundaries (every edge sampled every {@link #COARSE_M}, then each local minimum
 * resampled in three finer grids down to 8 cm steps), and "inside" from the winding number of the
 * azimuths from the point to the samples of each ring (even–odd over rings). Shares nothing with
 * {@link GeodesicArea} but GeographicLib's inverse and direct problems.
 *
 * <p>The winding reading is only valid for areas that fit well inside a hemisphere and points
 * near them (the antipode of the point must be outside the area), which the tests keep to.
 */
final class AreaBruteForce {

    static final double COARSE_M = 20_000;
    private static final int GRID = 200;
    private static final int CAPS = GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.DISTANCE_IN;

    private AreaBruteForce() {
    }

    record Result(double distanceMeters, boolean inside) {
    }

    static Result distance(List<List<GeoPoint>> rings, List<List<GeoPoint>> lines, List<GeoPoint> points,
                           GeoPoint p, EarthModel earth) {
        // Coarse samples of every edge first, so that only basins near the overall best are refined.
        List<List<Edge>> ringEdges = new ArrayList<>();
        List<Edge> lineEdges = new ArrayList<>();
        double coarseBest = Double.POSITIVE_INFINITY;
        for (List<GeoPoint> r : rings) {
            List<Edge> es = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                es.add(new Edge(r.get(i), r.get((i + 1) % r.size()), p, earth));
            }
            ringEdges.add(es);
        }
        for (List<GeoPoint> l : lines) {
            for (int i = 0; i + 1 < l.size(); i++) {
                lineEdges.add(new Edge(l.get(i), l.get(i + 1), p, earth));
            }
        }
        for (List<Edge> es : ringEdges) {
            for (Edge e : es) {
                coarseBest = Math.min(coarseBest, e.coarseMin());
            }
        }
        for (Edge e : lineEdges) {
            coarseBest = Math.min(coarseBest, e.coarseMin());
        }
        double best = Double.POSITIVE_INFINITY;
        boolean inside = false;
        for (List<Edge> es : ringEdges) {
            List<double[]> samples = new ArrayList<>();
            for (Edge e : es) {
                samples.addAll(e.refined(coarseBest));
            }
            for (double[] s : samples) {
                best = Math.min(best, s[0]);
            }
            double turn = 0;
            for (int i = 0; i < samples.size(); i++) {
                double[] s = samples.get(i), t = samples.get((i + 1) % samples.size());
                if (s[0] > 0 && t[0] > 0) {
                    turn += RingTrace.angDiff(s[1], t[1]);
                }
            }
            inside ^= Math.rint(turn / 360) != 0;
        }
        for (Edge e : lineEdges) {
            for (double[] s : e.refined(coarseBest)) {
                best = Math.min(best, s[0]);
            }
        }
        for (GeoPoint q : points) {
            best = Math.min(best, earth.distanceMeters(p, q));
        }
        return new Result(inside ? 0 : best, inside);
    }

    /** One edge sampled every {@link #COARSE_M} or finer: {distance from p (m), azimuth at p (deg), s (m)}. */
    private static final class Edge {
        final GeodesicLine line;
        final double len;
        final double step;
        final List<double[]> coarse = new ArrayList<>();
        final GeoPoint p;
        final EarthModel earth;

        Edge(GeoPoint a, GeoPoint b, GeoPoint p, EarthModel earth) {
            this.p = p;
            this.earth = earth;
            line = earth.geodesic().InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(), CAPS);
            len = line.Distance();
            int n = Math.max(1, (int) Math.ceil(len / COARSE_M));
            step = len / n;
            for (int i = 0; i <= n; i++) {
                coarse.add(sample(line, i == n ? len : i * step, p, earth));
            }
        }

        double coarseMin() {
            double m = Double.POSITIVE_INFINITY;
            for (double[] c : coarse) {
                m = Math.min(m, c[0]);
            }
            return m;
        }

        /** The coarse samples plus, around each local minimum within reach of the best, three finer grids; in order. */
        List<double[]> refined(double coarseBest) {
            List<double[]> all = new ArrayList<>(coarse);
            int n = coarse.size() - 1;
            for (int i = 0; i <= n; i++) {
                double d = coarse.get(i)[0];
                boolean localMin = (i == 0 || d <= coarse.get(i - 1)[0]) && (i == n || d <= coarse.get(i + 1)[0]);
                // refine every basin whose true minimum may beat the best (at most step/2 below its samples)
                if (localMin && d <= coarseBest + step) {
                    double centre = coarse.get(i)[2], half = step;
                    for (int level = 0; level < 3; level++) {
                        double fine = 2 * half / GRID;
                        double[] lb = null;
                        for (int k = 0; k <= GRID; k++) {
                            double s = centre - half + k * fine;
                            if (s < 0 || s > len) {
                                continue;
                            }
                            double[] q = sample(line, s, p, earth);
                            all.add(q);
                            if (lb == null || q[0] < lb[0]) {
                                lb = q;
                            }
                        }
                        centre = lb[2];
                        half = 2 * fine;
                    }
                }
            }
            all.sort((x, y) -> Double.compare(x[2], y[2]));
            return all;
        }
    }

    private static double[] sample(GeodesicLine line, double s, GeoPoint p, EarthModel earth) {
        GeodesicData q = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        GeodesicData g = earth.geodesic().Inverse(p.latDeg(), p.lonDeg(), q.lat2, q.lon2,
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        return new double[] {g.s12, g.azi1, s};
    }
}
