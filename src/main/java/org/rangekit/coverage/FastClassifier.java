package org.rangekit.coverage;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.GeoPoint;

/**
 * Classifies many targets into the bands of one site, with the result of the exact geodesic
 * classification but, for almost every target, without solving the inverse problem.
 *
 * <h2>Algorithm</h2>
 * For every edge D of the band scheme, {@link SphereBound} gives two squared chords on the
 * parametric-latitude unit sphere: below {@code lo(D)} the geodesic distance is surely &lt; D,
 * above {@code hi(D)} surely &gt; D. Both grow with D, so for a target with squared chord c² the
 * edges it surely lies beyond form a prefix (k of them) and the edges it surely lies below a
 * suffix. When they cover all edges (k = n or c² &lt; lo(D_k)) the target lies strictly inside
 * the open interval (D_{k−1}, D_k) and its band is that interval's band, precomputed. Otherwise
 * (within the bound of some edge) the target gets GeographicLib's exact inverse (Karney 2013,
 * doi:10.1007/s00190-012-0578-z) and {@link BandScheme#bandOf(double)}.
 *
 * <p>Targets come either prepared ({@link TargetPoints}: unit vectors computed once, for a set
 * classified against many sites) or as raw latitude/longitude arrays, prepared on the fly in
 * L1-sized chunks with branch-free Taylor trigonometry that the JIT vectorises
 * ({@link #classifyInto(double[], double[], int, int, int[])}, {@link #countInto}).
 *
 * <h2>Accuracy</h2>
 * Identical to the exact classification for every target (proof in {@link SphereBound}; tested on
 * 10⁶ seeded random points and on points within a metre of each edge). On WGS84 the exact path is
 * taken only for targets within about f·D ≈ 0.34 % of an edge D of the site: 1,178 of 10⁶
 * uniformly random points (0.12 %) for the INF preset's edges around Kapustin Yar.
 *
 * <h2>Thread safety</h2>
 * Immutable; one instance may classify from many threads.
 */
public final class FastClassifier {

    private final GeoPoint site;
    private final BandScheme scheme;
    private final Geodesic geodesic;
    private final double sx;
    private final double sy;
    private final double sz;
    /** 1 − f of the figure, and the site's cos β and sin β (parametric latitude), for the streamed path. */
    private final double oneMinusF;
    private final double siteCosBeta;
    private final double siteSinBeta;
    /** The site's longitude reduced to [−180°, 180°) (degrees): the streamed path needs |λ − λ₀| ≤ 360°. */
    private final double siteLonDeg;
    private final double[] lo;
    private final double[] hi;
    private final int[] intervalBand;

    /**
     * @param site the launch site
     * @param scheme the bands to classify into
     * @param bound the bound of the figure on which the targets were prepared
     */
    public FastClassifier(GeoPoint site, BandScheme scheme, SphereBound bound, Geodesic geodesic) {
        this.site = site;
        this.scheme = scheme;
        this.geodesic = geodesic;
        double[] u = new double[3];
        bound.unitVector(site.latDeg(), site.lonDeg(), u, 0);
        this.sx = u[0];
        this.sy = u[1];
        this.sz = u[2];
        this.oneMinusF = bound.lowerFactor();
        this.siteCosBeta = Math.hypot(u[0], u[1]);
        this.siteSinBeta = u[2];
        this.siteLonDeg = GeoPoint.normalizeLon(site.lonDeg());
        double[] edges = scheme.edgesMeters();
        int n = edges.length;
        this.lo = new double[n];
        this.hi = new double[n];
        for (int j = 0; j < n; j++) {
            lo[j] = bound.surelyBelowChord2(edges[j]);
            hi[j] = bound.surelyAboveChord2(edges[j]);
        }
        // Band of each open interval between consecutive edges; any interior distance represents it.
        this.intervalBand = new int[n + 1];
        intervalBand[0] = scheme.bandOf(edges[0] / 2);
        for (int k = 1; k < n; k++) {
            intervalBand[k] = scheme.bandOf((edges[k - 1] + edges[k]) / 2);
        }
        intervalBand[n] = scheme.bandOf(edges[n - 1] * 2 + 1);
    }

    /** Convenience constructor for targets prepared on {@code targets.earth()}. */
    public static FastClassifier of(GeoPoint site, BandScheme scheme, TargetPoints targets) {
        return new FastClassifier(site, scheme, new SphereBound(targets.earth()), targets.earth().geodesic());
    }

    public GeoPoint site() {
        return site;
    }

    public BandScheme scheme() {
        return scheme;
    }

    /**
     * The band index of target {@code i} ({@link BandScheme#NONE} for none), equal to the band of
     * its exact geodesic distance.
     */
    public int classify(TargetPoints t, int i) {
        int k = settledInterval(t, i);
        return k >= 0 ? intervalBand[k] : exactBand(t, i);
    }

    /**
     * Classifies targets {@code from} (inclusive) to {@code to} (exclusive) into {@code out[i]}.
     *
     * @return how many targets needed the exact inverse
     */
    public int classifyInto(TargetPoints t, int from, int to, int[] out) {
        int exact = 0;
        for (int i = from; i < to; i++) {
            int k = settledInterval(t, i);
            if (k >= 0) {
                out[i] = intervalBand[k];
            } else {
                out[i] = exactBand(t, i);
                exact++;
            }
        }
        return exact;
    }

    /** Band indices of all targets. */
    public int[] classifyAll(TargetPoints t) {
        int[] out = new int[t.size()];
        classifyInto(t, 0, t.size(), out);
        return out;
    }

    /** Band of the exact geodesic distance (GeographicLib) of target {@code i}, for the unsettled ones. */
    private int exactBand(TargetPoints t, int i) {
        return scheme.bandOf(geodesic.Inverse(site.latDeg(), site.lonDeg(), t.latDeg(i), t.lonDeg(i),
                GeodesicMask.DISTANCE).s12);
    }

    /**
     * Whether the bound alone settles target {@code i} (no exact inverse needed).
     */
    public boolean isSettled(TargetPoints t, int i) {
        return settledInterval(t, i) >= 0;
    }

    /**
     * Classifies raw points {@code from} (inclusive) to {@code to} (exclusive) into {@code out[i]},
     * preparing each point on the fly: the band of the exact geodesic distance of the same
     * coordinates, without building a {@link TargetPoints}. Suited to a stream of points used once.
     *
     * <p>Per point: one Taylor sine/cosine pair of the latitude and one Taylor cosine for the sine
     * of half the longitude difference ({@link TaylorTrig}, branch-free so that the JIT vectorises
     * the loops), a square root and a division give the squared chord
     * <pre>
     *   c² = (sin β − sin β₀)² + (cos β − cos β₀)² + 4 cos β cos β₀ sin²(Δλ/2)
     * </pre>
     * between the parametric-latitude unit vectors of the point and the site (the haversine form of
     * |u − u₀|², accurate at small separations), compared with the thresholds of {@link SphereBound}.
     * Its computed value is within 4e-13 of the true one (argument in {@link #STREAMED_CHORD2_ERROR}),
     * inside the bound's slack {@value SphereBound#CHORD2_SLACK}.
     *
     * @param latDeg geodetic latitudes (degrees), each in [−90, 90]
     * @param lonDeg longitudes (degrees), finite
     * @return how many points needed the exact inverse
     * @throws IllegalArgumentException naming the first bad point
     */
    public int classifyInto(double[] latDeg, double[] lonDeg, int from, int to, int[] out) {
        return streamed(latDeg, lonDeg, from, to, out, null);
    }

    /**
     * Counts raw points {@code from} (inclusive) to {@code to} (exclusive) per band, as
     * {@link #classifyInto(double[], double[], int, int, int[])} would classify them, into
     * {@code counts[band + 1]} ({@code counts[0]} for {@link BandScheme#NONE}); {@code counts} has
     * at least {@code scheme().size() + 1} elements and is added to, not cleared.
     *
     * @param latDeg geodetic latitudes (degrees), each in [−90, 90]
     * @param lonDeg longitudes (degrees), finite
     * @return how many points needed the exact inverse
     */
    public int countInto(double[] latDeg, double[] lonDeg, int from, int to, long[] counts) {
        return streamed(latDeg, lonDeg, from, to, null, counts);
    }

    /**
     * Bound on the rounding of the streamed c² (dimensionless), from: each Taylor value within
     * δ = {@value TaylorTrig#MAX_ERROR}; the normalisation by √(cos²φ + (1 − f)² sin²φ) ≥ 1 − f
     * keeps cos β and sin β within ε = 2δ/(1 − f) + 4u ≤ 2.1e-14; the two squared differences
     * (each difference ≤ 2 in magnitude) then err by ≤ 4ε + 4u each, the haversine term by
     * ≤ 4(ε + 2δ) + 4u, and the sums by ≤ 4u·4: in all ≤ 12ε + 8δ + 40u ≤ 3.5e-13. The degree to
     * radian conversions err by ≤ 2u relative, i.e. they only move a point by ≤ 4e-16 rad (2.6 nm),
     * which {@link SphereBound#ABS_MARGIN_M} covers.
     */
    static final double STREAMED_CHORD2_ERROR = 4e-13;

    private static final int CHUNK = 512;
    private static final double RAD_PER_DEG = Math.PI / 180;

    private int streamed(double[] latDeg, double[] lonDeg, int from, int to, int[] out, long[] counts) {
        if (latDeg.length != lonDeg.length) {
            throw new IllegalArgumentException("latitude and longitude arrays differ in length: "
                    + latDeg.length + " vs " + lonDeg.length);
        }
        Chunk chunk = new Chunk();
        int n = hi.length;
        double beyondAll = hi[n - 1];
        long beyondCount = 0;
        int exact = 0;
        for (int base = from; base < to; base += CHUNK) {
            int m = Math.min(CHUNK, to - base);
            // Pass 1: one well-predicted test per point (NaN fails it); only a chunk that fails it
            // goes through the scalar check, which reduces longitudes outside [−180°, 180°]
            // exactly or names the bad point.
            boolean bad = false;
            for (int j = 0; j < m; j++) {
                if (!(Math.abs(latDeg[base + j]) <= 90 && Math.abs(lonDeg[base + j]) <= 180)) {
                    bad = true;
                }
            }
            double[] lon = lonDeg;
            int lonOff = base;
            if (bad) {
                lon = chunk.lonDeg;
                lonOff = 0;
                for (int j = 0; j < m; j++) {
                    lon[j] = checkedLonDeg(latDeg, lonDeg, base + j);
                }
            }
            // Pass 2 (branch-free, vectorised): squared chords on the parametric-latitude sphere.
            chords(latDeg, base, lon, lonOff, m, chunk);
            // Pass 3: settle by the thresholds, or fall back to the exact inverse. Targets beyond
            // the last edge (most of a world-wide set) are only counted, in a register.
            double[] c2 = chunk.chord2;
            for (int j = 0; j < m; j++) {
                double c = c2[j];
                if (c > beyondAll && out == null) {
                    beyondCount++;
                    continue;
                }
                int k = settledInterval(c);
                int band;
                if (k >= 0) {
                    band = intervalBand[k];
                } else {
                    int i = base + j;
                    band = scheme.bandOf(geodesic.Inverse(site.latDeg(), site.lonDeg(), latDeg[i], lonDeg[i],
                            GeodesicMask.DISTANCE).s12);
                    exact++;
                }
                if (out != null) {
                    out[base + j] = band;
                } else {
                    counts[band + 1]++;
                }
            }
        }
        if (out == null) {
            counts[intervalBand[n] + 1] += beyondCount;
        }
        return exact;
    }

    /** Longitude of point i in [−180°, 180°] (degrees), exactly reduced; refuses bad coordinates. */
    private static double checkedLonDeg(double[] latDeg, double[] lonDeg, int i) {
        double la = latDeg[i];
        double lo = lonDeg[i];
        if (!(la >= -90 && la <= 90) || !Double.isFinite(lo)) {
            throw new IllegalArgumentException("point " + i + " has bad coordinates: lat " + la
                    + ", lon " + lo + " (expected lat in [-90, 90], finite lon)");
        }
        return lo >= -180 && lo <= 180 ? lo : Math.IEEEremainder(lo, 360); // remainder is exact
    }

    /**
     * The streamed squared chords of points with lat in [−90°, 90°] and lon in [−180°, 180°]
     * (degrees), for tests of {@link #STREAMED_CHORD2_ERROR}.
     */
    double[] streamedChord2(double[] latDeg, double[] lonDeg) {
        double[] c2 = new double[latDeg.length];
        Chunk chunk = new Chunk();
        for (int base = 0; base < latDeg.length; base += CHUNK) {
            int m = Math.min(CHUNK, latDeg.length - base);
            chords(latDeg, base, lonDeg, base, m, chunk);
            System.arraycopy(chunk.chord2, 0, c2, base, m);
        }
        return c2;
    }

    /** The squared chord between the site and prepared target {@code i}, from the unit vectors. */
    double preparedChord2(TargetPoints t, int i) {
        double dx = t.x(i) - sx;
        double dy = t.y(i) - sy;
        double dz = t.z(i) - sz;
        return dx * dx + dy * dy + dz * dz;
    }

    /** Work arrays of one streamed call (L1-resident; one per call, so calls may run concurrently). */
    private static final class Chunk {
        final double[] lonDeg = new double[CHUNK];
        final double[] phiRad = new double[CHUNK];
        final double[] zs = new double[CHUNK];
        final double[] cosPhi = new double[CHUNK];
        final double[] halfDlonSin = new double[CHUNK];
        final double[] chord2 = new double[CHUNK];
    }

    /**
     * Pass 2 of the streamed path. Several short loops rather than one: C2 unrolls, and so
     * vectorises, only loops with small bodies (LoopUnrollLimit), which halves the cost per point.
     * Half the longitude difference, h = (λ − λ₀)/2 with |h| ≤ 180°, enters as
     * sin²h = cos²(90° − |h|), with 90° − |h| ∈ [−90°, 90°] inside the Taylor domain and without
     * a branch or min (which C2 does not vectorise); the subtraction is exact for |h| ≥ 45°
     * (Sterbenz) and otherwise rounds by ≤ 0.5 ulp of 90° (1.3e-16 rad), like λ − λ₀ itself
     * (≤ 0.5 ulp of 360°, 5e-16 rad): shifts of the point far below the millimetre margin.
     */
    private void chords(double[] latDeg, int base, double[] lonDeg, int lonOff, int m, Chunk w) {
        double omf = oneMinusF;
        double lon0 = siteLonDeg;
        double cb0 = siteCosBeta;
        double sb0 = siteSinBeta;
        double fourCb0 = 4 * siteCosBeta;
        double[] phi = w.phiRad;
        double[] zs = w.zs;
        double[] c = w.cosPhi;
        double[] h = w.halfDlonSin;
        double[] c2 = w.chord2;
        for (int j = 0; j < m; j++) {
            phi[j] = latDeg[base + j] * RAD_PER_DEG;
        }
        for (int j = 0; j < m; j++) {
            zs[j] = omf * TaylorTrig.sin(phi[j]);
        }
        for (int j = 0; j < m; j++) {
            c[j] = TaylorTrig.cos(phi[j]);
        }
        for (int j = 0; j < m; j++) {
            h[j] = TaylorTrig.cos((90 - Math.abs(0.5 * (lonDeg[lonOff + j] - lon0))) * RAD_PER_DEG);
        }
        for (int j = 0; j < m; j++) {
            double cj = c[j];
            double zj = zs[j];
            double inv = 1.0 / Math.sqrt(cj * cj + zj * zj);
            double ds = zj * inv - sb0;
            double cb = cj * inv;
            double dc = cb - cb0;
            double hj = h[j];
            c2[j] = ds * ds + dc * dc + fourCb0 * cb * (hj * hj);
        }
    }

    /** Index k of the open edge interval holding the target, or −1 when it is within the bound of an edge. */
    private int settledInterval(TargetPoints t, int i) {
        double dx = t.x(i) - sx;
        double dy = t.y(i) - sy;
        double dz = t.z(i) - sz;
        return settledInterval(dx * dx + dy * dy + dz * dz);
    }

    /** Index k of the open edge interval for squared chord c2, or −1 when it is within the bound of an edge. */
    private int settledInterval(double c2) {
        int n = hi.length;
        // Most targets of a world-wide set lie beyond the largest edge: one comparison settles them.
        if (c2 > hi[n - 1]) {
            return n;
        }
        int k = 0;
        while (c2 > hi[k]) {
            k++;
        }
        return c2 < lo[k] ? k : -1;
    }
}
