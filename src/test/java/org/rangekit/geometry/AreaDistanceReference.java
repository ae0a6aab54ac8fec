package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;

/**
 * A second, faster independent reference for the distance from a point to an area, fast enough for
 * 10,000 cases in the slow tier. It shares nothing with {@link GeodesicArea}: distances are
 * GeographicLib's inverse problem on {@link Geodesic#WGS84} called directly, positions on the edges
 * come from GeographicLib's {@code GeodesicLine} (geodesic edges) or from linear interpolation of
 * latitude and longitude (straight lon/lat edges, as written in a file), and the Earth-centred
 * coordinates are computed here.
 *
 * <h2>Algorithm</h2>
 * Every edge is sampled once per area in pieces of at most {@link #PIECE_M} of arc (for a lon/lat
 * edge, an upper bound of the piece's arc length). For a point P:
 * <ol>
 * <li>A rigorous lower bound of the distance to any point of a piece of arc length h whose ends are
 * at distances g₀ and g₁ from P is (g₀ + g₁ − h)/2 (triangle inequality, the arc being no shorter
 * than the geodesic). It is first taken with the straight 3-D chords (no longer than the geodesic
 * distances), then, for the pieces it cannot rule out, with GeographicLib distances of the ends.</li>
 * <li>Pieces whose bound does not exceed the best distance found so far are searched in order of
 * their bound by golden-section search on the distance (GeographicLib inverse at every probe),
 * to {@link #ARC_TOL_M} of arc, dropping a piece as soon as the same bound over its current
 * sub-pieces exceeds the best distance. The golden search assumes the distance has one minimum
 * in a piece of ≤ 10 km, true for the test areas' edges (radius of curvature ≫ 10 km) and targets;
 * the pruning assumes nothing.</li>
 * <li>Inside (distance 0): the even–odd rule over rings of the winding number of each ring about P,
 * the ring projected orthogonally onto the tangent plane at P; pieces whose projected chord turns
 * more than 45° about P are halved until it does not, so that the projected chord and the curve
 * pass P on the same side. The projection is singular at P and at the second point where P's
 * normal meets the ellipsoid (near the antipode); that point must lie outside the area, which holds
 * for every area and target of the tests.</li>
 * </ol>
 */
final class AreaDistanceReference {

    /** Longest piece (metres of arc) between two samples of an edge. */
    static final double PIECE_M = 10_000;
    /** The golden-section search stops when the bracket is this short (metres of arc). */
    static final double ARC_TOL_M = 0.005;

    private static final Geodesic G = Geodesic.WGS84;
    private static final double A = G.EquatorialRadius();
    private static final double F = G.Flattening();
    private static final double E2 = F * (2 - F);
    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    /** An edge: a curve Q(t), t in [0, 1], from vertex to vertex. */
    interface Curve {
        /** {lat, lon} (degrees) at parameter t. */
        double[] at(double t);

        /** An upper bound of the arc length (metres) between parameters t0 &lt; t1. */
        double arcUpperBound(double t0, double t1);

        /** Forward azimuth (degrees) at parameter t. */
        double azimuth(double t);
    }

    /** The shortest geodesic from (lat1, lon1) to (lat2, lon2). */
    static Curve geodesic(double lat1, double lon1, double lat2, double lon2) {
        GeodesicLine line = G.InverseLine(lat1, lon1, lat2, lon2,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH | GeodesicMask.DISTANCE_IN);
        double len = line.Distance();
        return new Curve() {
            @Override
            public double[] at(double t) {
                GeodesicData q = line.Position(t * len, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
                return new double[] {q.lat2, q.lon2};
            }

            @Override
            public double arcUpperBound(double t0, double t1) {
                return (t1 - t0) * len;
            }

            @Override
            public double azimuth(double t) {
                return line.Position(t * len, GeodesicMask.AZIMUTH).azi2;
            }
        };
    }

    /**
     * The straight lon/lat line from (lat1, lon1) to (lat2, lon2), longitudes as written (so −180 to
     * 180 runs across the map). Arc length bound: the integrand √((M φ')² + (N cos φ λ')²) with the
     * meridional radius M at the piece's largest |φ| and N cos φ at its smallest.
     */
    static Curve lonLat(double lat1, double lon1, double lat2, double lon2) {
        return new Curve() {
            @Override
            public double[] at(double t) {
                return new double[] {lat1 + t * (lat2 - lat1), lon1 + t * (lon2 - lon1)};
            }

            @Override
            public double arcUpperBound(double t0, double t1) {
                double la = lat1 + t0 * (lat2 - lat1), lb = lat1 + t1 * (lat2 - lat1);
                double maxAbs = Math.max(Math.abs(la), Math.abs(lb));
                double minAbs = (la <= 0) != (lb <= 0) ? 0 : Math.min(Math.abs(la), Math.abs(lb));
                double sMax = Math.sin(Math.toRadians(maxAbs)), sMin = Math.sin(Math.toRadians(minAbs));
                double m = A * (1 - E2) / Math.pow(1 - E2 * sMax * sMax, 1.5);
                double nCos = A * Math.cos(Math.toRadians(minAbs)) / Math.sqrt(1 - E2 * sMin * sMin);
                double dPhi = Math.toRadians(Math.abs(lat2 - lat1)) * (t1 - t0);
                double dLam = Math.toRadians(Math.abs(lon2 - lon1)) * (t1 - t0);
                return Math.hypot(m * dPhi, nCos * dLam) * (1 + 1e-12) + 1e-9;
            }

            @Override
            public double azimuth(double t) {
                double phi = Math.toRadians(lat1 + t * (lat2 - lat1));
                double s = Math.sin(phi);
                double m = A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
                double nCos = A * Math.cos(phi) / Math.sqrt(1 - E2 * s * s);
                return Math.toDegrees(Math.atan2(nCos * Math.toRadians(lon2 - lon1), m * Math.toRadians(lat2 - lat1)));
            }
        };
    }

    /** The answer: distance, the nearest point's curve (−1 for an isolated point or inside) and parameter. */
    record Result(double distanceMeters, boolean inside, int curve, double t, double lat, double lon) {
    }

    private final List<Curve> curves = new ArrayList<>();
    /** Per curve: index of its first sample; samples of curve c are start[c] .. start[c+1]-1. */
    private int[] start;
    private double[] sT;
    private double[] sLat;
    private double[] sLon;
    private double[] sX;
    private double[] sY;
    private double[] sZ;
    /** Per sample i (not the last of its curve): arc bound of the piece from i to i+1. */
    private double[] pieceH;
    private final List<int[]> rings = new ArrayList<>(); // curve indices of each ring, in order
    private final List<double[]> points = new ArrayList<>();

    /**
     * @param rings each ring as its edges in order (closed: the last edge ends at the first's start)
     * @param lines each line as its edges in order
     * @param points single points {lat, lon}
     */
    AreaDistanceReference(List<List<Curve>> rings, List<List<Curve>> lines, List<double[]> points) {
        List<double[]> samples = new ArrayList<>(); // {t, lat, lon, h}
        List<Integer> starts = new ArrayList<>();
        for (List<Curve> r : rings) {
            int[] idx = new int[r.size()];
            for (int i = 0; i < r.size(); i++) {
                idx[i] = add(r.get(i), samples, starts);
            }
            this.rings.add(idx);
        }
        for (List<Curve> l : lines) {
            for (Curve c : l) {
                add(c, samples, starts);
            }
        }
        this.points.addAll(points);
        starts.add(samples.size());
        start = starts.stream().mapToInt(Integer::intValue).toArray();
        int n = samples.size();
        sT = new double[n];
        sLat = new double[n];
        sLon = new double[n];
        sX = new double[n];
        sY = new double[n];
        sZ = new double[n];
        pieceH = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = samples.get(i);
            sT[i] = s[0];
            sLat[i] = s[1];
            sLon[i] = s[2];
            pieceH[i] = s[3];
            double[] xyz = ecef(s[1], s[2]);
            sX[i] = xyz[0];
            sY[i] = xyz[1];
            sZ[i] = xyz[2];
        }
    }

    private int add(Curve c, List<double[]> samples, List<Integer> starts) {
        int idx = curves.size();
        curves.add(c);
        starts.add(samples.size());
        double total = 0;
        for (int k = 0; k < 64; k++) {
            total += c.arcUpperBound(k / 64.0, (k + 1) / 64.0);
        }
        int n = Math.max(1, (int) Math.ceil(total / PIECE_M));
        // refine until every piece's bound is at most PIECE_M (lon/lat bounds are not additive)
        while (true) {
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = c.arcUpperBound((double) k / n, (double) (k + 1) / n) <= PIECE_M;
            }
            if (ok) {
                break;
            }
            n = n + n / 4 + 1;
        }
        for (int k = 0; k <= n; k++) {
            double t = k == n ? 1 : (double) k / n;
            double[] q = c.at(t);
            double h = k == n ? 0 : c.arcUpperBound(t, (double) (k + 1) / n);
            samples.add(new double[] {t, q[0], q[1], h});
        }
        return idx;
    }

    /** Earth-centred coordinates (metres) of a point on the ellipsoid. */
    static double[] ecef(double lat, double lon) {
        double phi = Math.toRadians(lat), lam = Math.toRadians(lon);
        double s = Math.sin(phi), c = Math.cos(phi);
        double n = A / Math.sqrt(1 - E2 * s * s);
        return new double[] {n * c * Math.cos(lam), n * c * Math.sin(lam), n * (1 - E2) * s};
    }

    private static double inverse(double lat1, double lon1, double lat2, double lon2) {
        return G.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
    }

    /** The distance from (lat, lon) to the area: 0 inside, else the shortest geodesic to the boundary. */
    Result distance(double lat, double lon) {
        if (inside(lat, lon)) {
            return new Result(0, true, -1, 0, lat, lon);
        }
        double[] p = ecef(lat, lon);
        double best = Double.POSITIVE_INFINITY;
        int bestCurve = -1;
        double bestT = 0, bestLat = Double.NaN, bestLon = Double.NaN;
        for (double[] q : points) {
            double d = inverse(lat, lon, q[0], q[1]);
            if (d < best) {
                best = d;
                bestLat = q[0];
                bestLon = q[1];
            }
        }
        int n = sT.length;
        double[] chord = new double[n];
        double[] g = new double[n];
        Arrays.fill(g, Double.NaN);
        int closest = -1;
        for (int i = 0; i < n; i++) {
            double dx = sX[i] - p[0], dy = sY[i] - p[1], dz = sZ[i] - p[2];
            chord[i] = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (closest < 0 || chord[i] < chord[closest]) {
                closest = i;
            }
        }
        int nc = curves.size();
        if (closest >= 0) {
            g[closest] = inverse(lat, lon, sLat[closest], sLon[closest]);
            if (g[closest] < best) {
                best = g[closest];
                bestCurve = curveOf(closest);
                bestT = sT[closest];
                bestLat = sLat[closest];
                bestLon = sLon[closest];
            }
        }
        // Pieces the chord bound cannot rule out: their ends' geodesic distances and the tighter bound.
        List<double[]> open = new ArrayList<>(); // {lower bound, first sample index}
        for (int c = 0; c < nc; c++) {
            for (int i = start[c]; i + 1 < start[c + 1]; i++) {
                if (0.5 * (chord[i] + chord[i + 1] - pieceH[i]) > best) {
                    continue;
                }
                for (int j = i; j <= i + 1; j++) {
                    if (Double.isNaN(g[j])) {
                        g[j] = inverse(lat, lon, sLat[j], sLon[j]);
                        if (g[j] < best) {
                            best = g[j];
                            bestCurve = c;
                            bestT = sT[j];
                            bestLat = sLat[j];
                            bestLon = sLon[j];
                        }
                    }
                }
                open.add(new double[] {0.5 * (g[i] + g[i + 1] - pieceH[i]), i, c});
            }
        }
        open.sort((x, y) -> Double.compare(x[0], y[0]));
        for (double[] o : open) {
            if (o[0] > best) {
                break;
            }
            int i = (int) o[1], c = (int) o[2];
            double[] r = golden(curves.get(c), lat, lon, sT[i], g[i], sT[i + 1], g[i + 1], best);
            if (r != null && r[0] < best) {
                best = r[0];
                bestCurve = c;
                bestT = r[1];
                bestLat = r[2];
                bestLon = r[3];
            }
        }
        return new Result(best, false, bestCurve, bestT, bestLat, bestLon);
    }

    private int curveOf(int sample) {
        int c = Arrays.binarySearch(start, sample);
        if (c < 0) {
            return -c - 2;
        }
        while (c + 1 < start.length && start[c + 1] == sample) {
            c++;
        }
        return c;
    }

    /**
     * Golden-section search for the minimum distance on [a, b]; null when the Lipschitz bound over
     * the current bracket's sub-pieces shows it cannot go below {@code best}.
     *
     * @return {distance, t, lat, lon}
     */
    private static double[] golden(Curve curve, double lat, double lon, double a, double fa, double b, double fb,
                                   double best) {
        double c = b - INV_PHI * (b - a), d = a + INV_PHI * (b - a);
        double[] qc = curve.at(c), qd = curve.at(d);
        double fc = inverse(lat, lon, qc[0], qc[1]), fd = inverse(lat, lon, qd[0], qd[1]);
        double[] bestHere = fa <= fb ? new double[] {fa, a, Double.NaN, Double.NaN} : new double[] {fb, b, Double.NaN, Double.NaN};
        for (int it = 0; it < 200; it++) {
            if (fc < bestHere[0]) {
                bestHere = new double[] {fc, c, qc[0], qc[1]};
            }
            if (fd < bestHere[0]) {
                bestHere = new double[] {fd, d, qd[0], qd[1]};
            }
            double bound = Math.min(Math.min(lower(curve, a, fa, c, fc), lower(curve, c, fc, d, fd)), lower(curve, d, fd, b, fb));
            if (bound > Math.min(best, bestHere[0])) {
                break; // the rest of the bracket cannot beat what is known
            }
            if (curve.arcUpperBound(a, b) <= ARC_TOL_M) {
                break;
            }
            if (fc <= fd) { // minimum in [a, d]
                b = d;
                fb = fd;
                d = c;
                fd = fc;
                c = b - INV_PHI * (b - a);
                qc = curve.at(c);
                fc = inverse(lat, lon, qc[0], qc[1]);
            } else { // minimum in [c, b]
                a = c;
                fa = fc;
                c = d;
                fc = fd;
                d = a + INV_PHI * (b - a);
                qd = curve.at(d);
                fd = inverse(lat, lon, qd[0], qd[1]);
            }
        }
        if (Double.isNaN(bestHere[2])) {
            double[] q = curve.at(bestHere[1]);
            bestHere[2] = q[0];
            bestHere[3] = q[1];
        }
        return bestHere;
    }

    private static double lower(Curve curve, double t0, double f0, double t1, double f1) {
        return 0.5 * (f0 + f1 - curve.arcUpperBound(t0, t1));
    }

    /** Whether (lat, lon) lies inside the area: even–odd over rings of the projected winding number. */
    boolean inside(double lat, double lon) {
        double phi = Math.toRadians(lat), lam = Math.toRadians(lon);
        double[] p = ecef(lat, lon);
        double[] east = {-Math.sin(lam), Math.cos(lam), 0};
        double[] north = {-Math.sin(phi) * Math.cos(lam), -Math.sin(phi) * Math.sin(lam), Math.cos(phi)};
        boolean in = false;
        for (int[] ring : rings) {
            double turn = 0;
            for (int c : ring) {
                Curve curve = curves.get(c);
                for (int i = start[c]; i + 1 < start[c + 1]; i++) {
                    double a0 = angle(sX[i], sY[i], sZ[i], p, east, north);
                    double a1 = angle(sX[i + 1], sY[i + 1], sZ[i + 1], p, east, north);
                    turn += turn(curve, sT[i], a0, sT[i + 1], a1, p, east, north, 0);
                }
            }
            double w = turn / (2 * Math.PI);
            if (Math.abs(w - Math.rint(w)) > 1e-6) {
                throw new IllegalStateException("winding number " + w + " is not an integer at " + lat + ", " + lon);
            }
            in ^= Math.rint(w) != 0;
        }
        return in;
    }

    private static double turn(Curve curve, double t0, double a0, double t1, double a1, double[] p, double[] east,
                               double[] north, int depth) {
        double d = Math.IEEEremainder(a1 - a0, 2 * Math.PI);
        if (Math.abs(d) <= Math.PI / 4 || depth >= 48) {
            return d;
        }
        double tm = 0.5 * (t0 + t1);
        double[] q = curve.at(tm);
        double[] x = ecef(q[0], q[1]);
        double am = angle(x[0], x[1], x[2], p, east, north);
        return turn(curve, t0, a0, tm, am, p, east, north, depth + 1)
                + turn(curve, tm, am, t1, a1, p, east, north, depth + 1);
    }

    private static double angle(double x, double y, double z, double[] p, double[] east, double[] north) {
        double vx = x - p[0], vy = y - p[1], vz = z - p[2];
        return Math.atan2(vx * east[0] + vy * east[1] + vz * east[2], vx * north[0] + vy * north[1] + vz * north[2]);
    }

    /** The curves, in the order given (rings first, then lines). */
    List<Curve> curves() {
        return curves;
    }
}
