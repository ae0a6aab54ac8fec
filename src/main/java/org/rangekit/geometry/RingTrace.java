package org.rangekit.geometry;

import java.util.Arrays;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Ring;

/**
 * Samples the boundary of a geodesic ring as a closed lon/lat curve whose straight edges stay
 * within a tolerance of the true ring, with longitudes unwrapped and every crossing of the
 * antimeridian (any odd multiple of 180°) present as an exact vertex.
 *
 * <h2>Algorithm</h2>
 * Vertices are points of the direct geodesic problem (Karney 2013) from the centre at the ring's
 * radius, indexed by the initial azimuth α, swept clockwise from α = 0. Starting from
 * {@link #MIN_SEGMENTS} equal steps in α, an edge [α₁, α₂] is halved while the midpoint of its
 * straight lon/lat chord lies farther than {@link #CHORD_SAFETY} × tolerance from the ring point at
 * (α₁ + α₂)/2, the distance measured on a sphere of the ellipsoid's equatorial radius. Since
 * that ring point is on the ring, the check bounds the chord-to-ring distance at the chord
 * midpoint from above; the safety factor covers the rest of the chord and the sphere's error.
 * Refinement works on wrapped longitudes with the shorter longitude difference, so an edge
 * whose chord took the wrong way round the globe (a ring passing close to a pole) fails the check
 * and is refined until consecutive vertices are close; only then are longitudes unwrapped.
 * Antimeridian crossings are then solved for α by the Illinois variant of regula falsi to
 * {@link #CROSSING_TOL_M}, and the vertex is written with its longitude set exactly to the
 * odd multiple of 180°, so that cutting the polygon there adds no vertex that is off the ring.
 *
 * <h2>Accuracy</h2>
 * Every sampled vertex is on the ring to GeographicLib's accuracy (about 15 nm); crossing
 * vertices to within {@link #CROSSING_TOL_M}. The edge tolerance is verified by the tests by
 * sampling the chords with the exact inverse problem.
 *
 * <h2>Limitations</h2>
 * Beyond the onset of the cut locus (radii above π·b ≈ 19,970 km on WGS84, more for sites away
 * from the equator) the points of the direct problem are no longer at shortest distance s; the
 * caller ({@link RingPolygons}) verifies and refuses such radii.
 *
 * <h2>Thread safety</h2>
 * Instances are single-use and not thread-safe; the static entry point is.
 */
final class RingTrace {

    /** Initial number of equal azimuth steps: resolves every ring's shape before refinement. */
    static final int MIN_SEGMENTS = 64;
    /** Fraction of the tolerance the chord midpoint may be off the ring (covers the sphere's ≤ 0.5 % metric error and the chord away from its midpoint). */
    static final double CHORD_SAFETY = 0.5;
    /**
     * Midpoint offsets up to this multiple of the allowance are halved once without checking the
     * halves: their offsets are about a quarter of the parent's. 3 rather than 4 keeps a margin
     * where the ring's lon/lat curvature changes fast (near a pole); the tests sample every edge.
     */
    static final double PREDICTED_SHRINK = 3.0;
    /**
     * Largest longitude step of an edge (degrees). A ring passing a hair from a pole turns through
     * 180° of longitude within millimetres; its edges there are short enough in metres but must
     * not reach 180°, where the shorter longitude difference, and so the unwrapping, is ambiguous.
     */
    static final double MAX_EDGE_LON_DEG = 60;
    /** Crossing vertices must sit within 0.01 mm of the ring, far inside the 1 mm vertex contract. */
    static final double CROSSING_TOL_M = 1e-5;
    /** Azimuth steps below this (degrees) are not split further: about 1e-9 m at 19,000 km. */
    private static final double MIN_AZIMUTH_STEP_DEG = 1e-12;

    private final Ring ring;
    private final double chordTolM;
    private final double sphereRadiusM;
    private final ChordCheck chord;
    private final double latC;
    private final double lonC;

    // Growable parallel arrays of vertices (α, lat, lon).
    private double[] az = new double[1024];
    private double[] lat = new double[1024];
    private double[] lon = new double[1024];
    private int n;
    private int directCalls;

    /** Result: a closed curve (first vertex not repeated) in unwrapped lon/lat, clockwise about the centre. */
    record Curve(double[] lonDeg, double[] latDeg, boolean[] onCut, int directCalls) {
        int size() {
            return lonDeg.length;
        }

        /** Net number of turns of the unwrapped longitude over one loop: 0, +1 (eastward) or −1. */
        int winding() {
            int n = lonDeg.length;
            double total = lonDeg[n - 1] - lonDeg[0] + angDiff(lonDeg[n - 1], lonDeg[0]);
            return (int) Math.round(total / 360.0);
        }
    }

    /**
     * Where the ring's shape does not matter (null: everywhere it does); see
     * {@link RingPolygons.Interior}.
     */
    private final RingPolygons.Interior interior;
    /** Upper bound of the metres per radian of a lon/lat straight line (a little above the largest meridian radius). */
    private final double lonLatMetresPerRadian;

    private RingTrace(Ring ring, double toleranceM) {
        this(ring, toleranceM, null);
    }

    private RingTrace(Ring ring, double toleranceM, RingPolygons.Interior interior) {
        this.interior = interior;
        double a = ring.earth().equatorialRadiusMeters();
        double f = ring.earth().flattening();
        this.lonLatMetresPerRadian = 1.001 * a / (1 - f * (2 - f)); // ≥ a and ≥ the meridian radius a(1 − e²)/(1 − e² sin²φ)^1.5
        this.ring = ring;
        this.chordTolM = toleranceM * CHORD_SAFETY;
        this.sphereRadiusM = ring.earth().equatorialRadiusMeters();
        this.chord = new ChordCheck(sphereRadiusM);
        this.latC = ring.centre().latDeg();
        this.lonC = ring.centre().lonDeg();
    }

    /**
     * Traces the ring.
     *
     * @param ring the ring
     * @param toleranceM largest distance (metres) of a straight lon/lat edge from the ring
     */
    static Curve trace(Ring ring, double toleranceM) {
        return new RingTrace(ring, toleranceM).run();
    }

    /** As {@link #trace(Ring, double)}, stretches deep inside {@code interior} left unrefined. */
    static Curve trace(Ring ring, double toleranceM, RingPolygons.Interior interior) {
        return new RingTrace(ring, toleranceM, interior).run();
    }

    private Curve run() {
        // Phase 1: adaptive sampling with wrapped longitudes.
        double step = 360.0 / MIN_SEGMENTS;
        double a0 = 0, lat0, lon0;
        double[] p = direct(0);
        lat0 = p[0];
        lon0 = p[1];
        double aPrev = a0, latPrev = lat0, lonPrev = lon0;
        for (int i = 1; i <= MIN_SEGMENTS; i++) {
            double a = i == MIN_SEGMENTS ? 360.0 : i * step;
            double la, lo;
            if (i == MIN_SEGMENTS) {
                la = lat0;
                lo = lon0;
            } else {
                double[] q = direct(a);
                la = q[0];
                lo = q[1];
            }
            add(aPrev, latPrev, lonPrev);
            refine(aPrev, latPrev, lonPrev, a, la, lo, 0);
            aPrev = a;
            latPrev = la;
            lonPrev = lo;
        }
        // Phase 2: unwrap and insert exact antimeridian crossings.
        double[] ulon = new double[n];
        ulon[0] = lon[0];
        for (int i = 1; i < n; i++) {
            ulon[i] = ulon[i - 1] + angDiff(lon[i - 1], lon[i]);
        }
        Out out = new Out(n + 16);
        for (int i = 0; i < n; i++) {
            out.add(ulon[i], lat[i], false);
            int j = (i + 1) % n;
            double u1 = ulon[i];
            double u2 = i + 1 < n ? ulon[j] : ulon[i] + angDiff(lon[i], lon[j]);
            double a2 = i + 1 < n ? az[j] : 360.0;
            insertCrossings(az[i], u1, lat[i], lon[i], a2, u2, lat[j], lon[j], out);
        }
        return new Curve(Arrays.copyOf(out.x, out.n), Arrays.copyOf(out.y, out.n),
                Arrays.copyOf(out.cut, out.n), directCalls);
    }

    /**
     * Halves [a1, a2] until its chord is within tolerance; appends interior vertices in order.
     * The chord-to-ring distance of an edge shrinks about fourfold when the edge is halved (it
     * goes as the square of the step), so an edge whose midpoint is off by at most
     * {@link #PREDICTED_SHRINK} × the allowance is halved once and its halves accepted without
     * another direct call: every direct call then becomes a vertex.
     */
    private void refine(double a1, double lat1, double lon1, double a2, double lat2, double lon2, int depth) {
        refine(a1, lat1, lon1, a2, lat2, lon2, depth, interior != null);
    }

    /** As above; {@code check}: whether {@link #interior} may cover this stretch or a part of it. */
    private void refine(double a1, double lat1, double lon1, double a2, double lat2, double lon2, int depth,
                        boolean check) {
        double am = 0.5 * (a1 + a2);
        if (a2 - a1 < MIN_AZIMUTH_STEP_DEG || depth > 60) {
            return;
        }
        if (check) {
            int c = covered(a1, lat1, lon1, a2, lat2, lon2);
            if (c == COVERED) {
                return;
            }
            check = c != NEVER;
        }
        double[] m = direct(am);
        double off = chord.midpointOffset(lat1, lon1, lat2, lon2, m[0], m[1]);
        boolean unambiguous = Math.abs(angDiff(lon1, lon2)) <= MAX_EDGE_LON_DEG;
        if (off <= chordTolM && unambiguous) {
            return;
        }
        if (off <= PREDICTED_SHRINK * chordTolM && depth > 0 && unambiguous) {
            add(am, m[0], m[1]);
            return;
        }
        refine(a1, lat1, lon1, am, m[0], m[1], depth + 1, check);
        add(am, m[0], m[1]);
        refine(am, m[0], m[1], a2, lat2, lon2, depth + 1, check);
    }

    /** Answers of {@link #covered}. */
    private static final int COVERED = 0;
    private static final int NOT_YET = 1;
    private static final int NEVER = 2;

    /**
     * Whether {@link #interior} covers the edge between two vertices, the ring between them and
     * the straight lon/lat edge alike ({@link #COVERED}): every point of either is within D of one
     * of the two vertices, D half the larger of the lon/lat edge's length bound (metres per radian
     * of {@link #lonLatMetresPerRadian} times √(Δφ² + Δλ²)) and of the ring's arc, at most the
     * radius times Δα (the ring's circumference is 2π times its radius on the sphere, less on the
     * ellipsoid up to the flattening, hence 1.01). {@link #NEVER} when neither this stretch nor
     * any part of it can be covered: both vertices are more than 2.02 D outside (every vertex of a
     * part is within 1.01 D of one of them, and {@link RingPolygons.Interior#depthMeters} changes
     * no faster than the distance).
     */
    private int covered(double a1, double lat1, double lon1, double a2, double lat2, double lon2) {
        double dLon = angDiff(lon1, lon2);
        // An edge reaching ±180° keeps its refinement: the crossing vertex solved there from its
        // ends lies on the polygon's cut, a boundary of the union even inside another disc.
        if (Math.abs(dLon) > MAX_EDGE_LON_DEG || Math.abs(lon1) >= 180 || Math.abs(lon2) >= 180
                || Math.abs(lon1 + dLon) >= 180) {
            return NOT_YET;
        }
        double edge = lonLatMetresPerRadian * Math.toRadians(Math.hypot(lat2 - lat1, dLon));
        double arc = 1.01 * ring.radiusMeters() * Math.toRadians(a2 - a1);
        double reach = 0.5 * Math.max(edge, arc);
        if (reach > RingPolygons.Interior.MAX_REACH_M) {
            return NOT_YET;
        }
        double d1 = interior.depthMeters(lat1, lon1);
        double d2 = interior.depthMeters(lat2, lon2);
        if (d1 >= reach && d2 >= reach) {
            return COVERED;
        }
        return Math.max(d1, d2) + 2.02 * reach < 0 ? NEVER : NOT_YET;
    }

    /**
     * Inserts, between two consecutive vertices, an exact vertex where the unwrapped edge crosses
     * an odd multiple of 180°, and refines the two pieces so they too keep the tolerance. An edge
     * spans less than 180° of longitude (shorter difference), so it crosses at most one such line.
     */
    private void insertCrossings(double a1, double u1, double lat1, double lon1,
                                 double a2, double u2, double lat2, double lon2, Out out) {
        double line = crossedLine(u1, u2);
        if (Double.isNaN(line)) {
            return;
        }
        // Solve g(α) = unwrapped lon(α) − line = 0 on [a1, a2] by the Illinois variant of regula
        // falsi, to CROSSING_TOL_M; the last trial is the crossing.
        IllinoisBracket bracket = new IllinoisBracket(a1, u1 - line, a2, u2 - line);
        double latX = Double.NaN, lonRawX = Double.NaN, aX = Double.NaN;
        for (int it = 0; it < 200; it++) {
            double ax = bracket.next();
            double[] q = direct(ax);
            double g = u1 + angDiff(lon1, q[1]) - line;
            latX = q[0];
            lonRawX = q[1];
            aX = ax;
            double metres = Math.abs(g) * Math.PI / 180 * sphereRadiusM * Math.cos(Math.toRadians(latX));
            if (metres <= CROSSING_TOL_M || g == 0 || bracket.width() < MIN_AZIMUTH_STEP_DEG) {
                break;
            }
            bracket.update(ax, g);
        }
        // Refine the two pieces against the straight chords they now form, then add the crossing.
        int before = n;
        refine(a1, lat1, lon1, aX, latX, lonRawX, 0);
        appendRefined(before, u1, lon1, out);
        out.add(line, latX, true);
        before = n;
        refine(aX, latX, lonRawX, a2, lat2, lon2, 0);
        appendRefined(before, line, lonRawX, out);
    }

    /** Moves vertices appended to the scratch arrays since {@code from} into {@code out}, unwrapped. */
    private void appendRefined(int from, double uStart, double lonStart, Out out) {
        double u = uStart, prev = lonStart;
        for (int k = from; k < n; k++) {
            u += angDiff(prev, lon[k]);
            prev = lon[k];
            out.add(u, lat[k], false);
        }
        n = from;
    }

    /**
     * The odd multiple of 180° strictly between u1 and u2, or NaN if none. Decided by comparing
     * doubles only: a floor of (u + 180)/360 would round 179.99999999999997 onto the line.
     */
    static double crossedLine(double u1, double u2) {
        double line = 360 * Math.floor((u1 + 180) / 360) + 180; // nearest odd multiple above u1, up to rounding
        if (u2 > u1) {
            while (line <= u1) {
                line += 360;
            }
            while (line - 360 > u1) {
                line -= 360;
            }
            return line < u2 ? line : Double.NaN;
        }
        line -= 360;
        while (line >= u1) {
            line -= 360;
        }
        while (line + 360 < u1) {
            line += 360;
        }
        return line > u2 ? line : Double.NaN;
    }

    private double[] direct(double azimuthDeg) {
        directCalls++;
        GeodesicData g = ring.earth().geodesic().Direct(latC, lonC, azimuthDeg, ring.radiusMeters(),
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new double[] {g.lat2, GeoPoint.normalizeLon(g.lon2)};
    }

    private void add(double a, double la, double lo) {
        if (n == az.length) {
            az = Arrays.copyOf(az, 2 * n);
            lat = Arrays.copyOf(lat, 2 * n);
            lon = Arrays.copyOf(lon, 2 * n);
        }
        az[n] = a;
        lat[n] = la;
        lon[n] = lo;
        n++;
    }

    /** The signed shorter longitude difference lon2 − lon1 (degrees), in (−180, 180]. */
    static double angDiff(double lon1, double lon2) {
        double d = Math.IEEEremainder(lon2 - lon1, 360.0);
        return d == -180 ? 180 : d;
    }

    private static final class Out {
        double[] x;
        double[] y;
        boolean[] cut;
        int n;

        Out(int capacity) {
            x = new double[capacity];
            y = new double[capacity];
            cut = new boolean[capacity];
        }

        void add(double xv, double yv, boolean c) {
            if (n == x.length) {
                x = Arrays.copyOf(x, 2 * n);
                y = Arrays.copyOf(y, 2 * n);
                cut = Arrays.copyOf(cut, 2 * n);
            }
            x[n] = xv;
            y[n] = yv;
            cut[n] = c;
            n++;
        }
    }
}
