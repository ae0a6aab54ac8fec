package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Ring;

/**
 * Area of lon/lat polygons (countries, land) inside one band of one site, computed on the
 * ellipsoid.
 *
 * <h2>Algorithm</h2>
 * <ol>
 * <li>Cheap rejection and pre-clip in lon/lat: every point within geodesic distance R of the site
 *   (latitude φ₀) lies within |Δφ| ≤ R/M_min of it, M_min = a(1 − e²) the smallest meridian
 *   radius of curvature (any path is at least as long as its meridional component), and, unless
 *   that latitude range reaches a pole, within |Δλ| ≤ R/(a cos φ_far) of its longitude, φ_far the
 *   largest |φ| of the range (a parallel's radius N cos φ ≥ a cos φ). The polygon is cut to that
 *   box (two boxes across ±180°), which also keeps the site's antipode out of the next step for
 *   all but very large radii.</li>
 * <li>The remainder is densified ({@link GeodesicAreas#densify}) and projected into the site's
 *   azimuthal equidistant frame ({@link AeqdFrame}), where the band is an exact annulus.</li>
 * <li>It is intersected (JTS overlay) with the annulus drawn as regular polygons whose edges
 *   deviate from the true circles by at most {@value #CIRCLE_SAGITTA_M} m.</li>
 * <li>The pieces are mapped back vertex by vertex with the direct problem and their area is
 *   computed geodesically ({@link GeodesicAreas#areaSquareMeters}).</li>
 * </ol>
 * A clipper built by {@link BandAreas} (with the site's {@link RingChords}) gets the same figure
 * without steps 3–4 for regions crossing a circle: {@link BoundaryArea} sums the pieces' edge terms
 * from the region's edges and the circles' chords, and clips only when the geometry is degenerate
 * for that.
 *
 * <h2>Accuracy</h2>
 * Arc vertices land exactly on the ring; between them the band edge is replaced by a geodesic
 * chord at most {@value #CIRCLE_SAGITTA_M} m inside, so pieces along the ring lose at most
 * (2/3)·{@value #CIRCLE_SAGITTA_M} m times the arc length: a relative error below
 * 1.4·{@value #CIRCLE_SAGITTA_M}/R of the band area (2.4·10⁻⁸ at 5,500 km). Country boundaries
 * keep their densified vertices exactly (round trip within micrometres).
 *
 * <h2>Limitations</h2>
 * Projected geometry must stay within {@link AeqdFrame#SAFE_RADIUS_M} (18,000 km) of the site.
 * When a region reaches farther, it is first cut in lon/lat with the disc polygon of
 * {@link RingPolygons#disc} at the outer radius plus {@value #PRE_CLIP_MARGIN_M} m (traced to
 * {@value #PRE_CLIP_TOLERANCE_M} m, pole and antimeridian handled there), so bands up to
 * 17,900 km work; larger outer radii, whose bands reach within ≈ 2,000 km of the antipode, are
 * refused with an {@link IllegalArgumentException}. For INF bands (≤ 5,500 km) the box alone
 * suffices.
 *
 * <h2>Thread safety</h2>
 * Immutable (the annulus's cached envelopes are computed in the constructor); safe to share.
 */
public final class BandClipper {

    /**
     * Margin (metres) between the band's outer radius and the lon/lat disc used to cut away
     * geometry near the antipode; far larger than the disc polygon's tracing tolerance.
     */
    static final double PRE_CLIP_MARGIN_M = 50e3;
    /** Tracing tolerance of that disc polygon (metres). */
    static final double PRE_CLIP_TOLERANCE_M = 10.0;

    /** Largest gap between a circle edge of the annulus polygon and the true circle (metres). */
    public static final double CIRCLE_SAGITTA_M = 0.1;

    private static final GeometryFactory GF = new GeometryFactory();

    private final EarthModel earth;
    private final AeqdFrame frame;
    private final double innerMeters;
    private final double outerMeters;
    private final Geometry annulus;
    private final List<Envelope> boxes;
    /** The annulus's circles with their chords' area terms (null: measure by clipping only). */
    private final RingChords outerChords;
    private final RingChords innerChords;
    private final double bandAreaSquareMeters;

    /**
     * @param site the launch site
     * @param innerMeters inner radius (metres), ≥ 0 (0 for a disc)
     * @param outerMeters outer radius (metres), &gt; inner
     */
    public BandClipper(GeoPoint site, double innerMeters, double outerMeters, EarthModel earth) {
        this(site, innerMeters, outerMeters, earth, null, Double.NaN);
    }

    /**
     * A clipper that measures regions crossing the circles by boundary sums ({@link BoundaryArea}),
     * with the circles' chords taken from {@code circles} (shared by the bands of one site).
     *
     * @param circles the site's circles by radius (same frame), or null to clip only
     * @param bandAreaSquareMeters exact area of the band (square metres)
     */
    BandClipper(GeoPoint site, double innerMeters, double outerMeters, EarthModel earth,
                java.util.function.DoubleFunction<RingChords> circles, double bandAreaSquareMeters) {
        if (!(innerMeters >= 0) || !(outerMeters > innerMeters) || Double.isInfinite(outerMeters)) {
            throw new IllegalArgumentException("band must have 0 <= inner < outer metres, got ["
                    + innerMeters + ", " + outerMeters + "]");
        }
        this.earth = earth;
        this.frame = new AeqdFrame(site, earth);
        this.innerMeters = innerMeters;
        this.outerMeters = outerMeters;
        LinearRing outerRing = GF.createLinearRing(circle(outerMeters).getExteriorRing().getCoordinates());
        this.annulus = innerMeters > 0
                ? GF.createPolygon(outerRing, new LinearRing[] {
                    GF.createLinearRing(circle(innerMeters).getExteriorRing().getCoordinates())})
                : GF.createPolygon(outerRing);
        this.boxes = boundingBoxes(site, outerMeters, earth);
        cacheEnvelopes(annulus);
        this.outerChords = circles == null ? null : circles.apply(outerMeters);
        this.innerChords = circles == null || innerMeters == 0 ? null : circles.apply(innerMeters);
        this.bandAreaSquareMeters = bandAreaSquareMeters;
    }

    /**
     * Computes the lazily cached envelopes of a geometry and of all its parts and rings now, in
     * the constructing thread, so that threads sharing it afterwards only read them.
     */
    static void cacheEnvelopes(Geometry g) {
        g.getEnvelopeInternal();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            part.getEnvelopeInternal();
            if (part instanceof Polygon p) {
                p.getExteriorRing().getEnvelopeInternal();
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    p.getInteriorRingN(h).getEnvelopeInternal();
                }
            }
        }
    }

    public double innerMeters() {
        return innerMeters;
    }

    public double outerMeters() {
        return outerMeters;
    }

    /** A regular polygon with its vertices on the circle and edge sagitta ≤ {@value #CIRCLE_SAGITTA_M} m. */
    private static Polygon circle(double radius) {
        int n = circleVertexCount(radius);
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            cs[i] = new Coordinate(radius * Math.sin(t), radius * Math.cos(t));
        }
        cs[n] = new Coordinate(cs[0]);
        return GF.createPolygon(cs);
    }

    /** Number of vertices of the circle polygon of {@code radius}: edge sagitta ≤ {@value #CIRCLE_SAGITTA_M} m. */
    static int circleVertexCount(double radius) {
        double half = Math.acos(1 - Math.min(1, CIRCLE_SAGITTA_M / radius));
        return Math.max(64, (int) Math.ceil(Math.PI / half));
    }

    /** The site's azimuthal equidistant frame. */
    AeqdFrame frame() {
        return frame;
    }

    /** Lon/lat boxes holding every point within {@code r} of the site (see the class Javadoc, step 1). */
    static List<Envelope> boundingBoxes(GeoPoint site, double r, EarthModel earth) {
        double a = earth.equatorialRadiusMeters();
        double f = earth.flattening();
        double e2 = f * (2 - f);
        double mMin = a * (1 - e2);
        // A hair of slack for rounding; the bound itself is rigorous.
        double dLat = Math.toDegrees(r / mMin) * (1 + 1e-9) + 1e-9;
        double latMin = site.latDeg() - dLat;
        double latMax = site.latDeg() + dLat;
        List<Envelope> out = new ArrayList<>();
        if (latMin <= -90 || latMax >= 90) {
            out.add(new Envelope(-180, 180, Math.max(-90, latMin), Math.min(90, latMax)));
            return out;
        }
        double far = Math.toRadians(Math.max(Math.abs(latMin), Math.abs(latMax)));
        double dLon = Math.toDegrees(r / (a * Math.cos(far))) * (1 + 1e-9) + 1e-9;
        if (dLon >= 180) {
            out.add(new Envelope(-180, 180, latMin, latMax));
            return out;
        }
        double lon = site.normalizedLonDeg();
        double w = lon - dLon;
        double e = lon + dLon;
        out.add(new Envelope(Math.max(-180, w), Math.min(180, e), latMin, latMax));
        if (w < -180) {
            out.add(new Envelope(w + 360, 180, latMin, latMax));
        }
        if (e > 180) {
            out.add(new Envelope(-180, e - 360, latMin, latMax));
        }
        return out;
    }

    /** Whether some box of the pre-clip meets {@code env} (else nothing of it is within the outer radius). */
    boolean boxesIntersect(Envelope env) {
        for (Envelope box : boxes) {
            if (box.intersects(env)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pre-clip keeps a region of envelope {@code env} whole (the first box meeting it holds it). */
    boolean keepsWhole(Envelope env) {
        for (Envelope box : boxes) {
            if (box.intersects(env)) {
                return box.contains(env);
            }
        }
        return false;
    }

    /**
     * Area of {@code lonLat ∩ band} on the ellipsoid (square metres).
     *
     * @param lonLat a Polygon or MultiPolygon in lon/lat (x = lon in [−180, 180], y = lat), valid
     *     when read flat (cut at ±180°, poles closed along the pole line)
     * @throws IllegalArgumentException when the geometry reaches too near the site's antipode
     */
    public double areaSquareMeters(Geometry lonLat) {
        return areaSquareMeters(project(lonLat));
    }

    /**
     * Area of a region already projected into this site's frame (square metres): lets callers
     * project a country once and measure it against every band of the site. The projection must
     * have been made for an outer radius ≥ this band's.
     */
    public double areaSquareMeters(Projected region) {
        double a = areaOrNaN(region);
        return Double.isNaN(a) ? clippedAreaSquareMeters(region) : a;
    }

    /**
     * As {@link #areaSquareMeters(Projected)} without its clipping fallback: NaN where that would
     * clip. For a projection of {@link #projectSparse}, NaN means: measure the full projection.
     */
    double areaOrNaN(Projected region) {
        if (region == null || region.minMeters() > outerMeters || region.maxMeters() < innerMeters) {
            return 0;
        }
        if (region.minMeters() >= innerMeters && region.maxMeters() <= outerMeters && region.whole()) {
            return region.ownAreaSquareMeters();
        }
        return boundaryAreaSquareMeters(region);
    }

    /**
     * The area in the band by boundary sums ({@link BoundaryArea}), without the shortcuts; NaN when
     * this clipper has no circle tables, the region has no usable edges or its geometry is
     * degenerate for that method.
     */
    double boundaryAreaSquareMeters(Projected region) {
        if (outerChords == null || region.edges() == null) {
            return Double.NaN;
        }
        return BoundaryArea.area(region.edges(), outerChords, innerChords, frame, earth.geodesic(),
                bandAreaSquareMeters);
    }

    /** As {@link #areaSquareMeters(Projected)} past its shortcuts, always by clipping (the reference). */
    double clippedAreaSquareMeters(Projected region) {
        Geometry inside;
        try {
            inside = region.plane().intersection(annulus);
        } catch (TopologyException e) {
            inside = region.plane().buffer(0).intersection(annulus);
        }
        return inside.isEmpty() ? 0 : planeArea(inside);
    }

    /**
     * A region cut to the box around a site's largest disc and projected into the site's aeqd
     * frame.
     *
     * @param plane the projected region (metres)
     * @param minMeters smallest distance of the region from the site (metres; 0 when it holds the site)
     * @param maxMeters largest distance of a vertex from the site (metres)
     * @param whole true when the pre-clip kept the whole region
     * @param ownAreaSquareMeters geodesic area of the whole densified region (square metres)
     * @param edges the boundary in lon/lat and in the plane for {@link BoundaryArea}, or null when
     *     the projection dropped repeated points or had to be repaired (then the region is clipped)
     */
    public record Projected(Geometry plane, double minMeters, double maxMeters, boolean whole,
                            double ownAreaSquareMeters, BoundaryArea.Edges edges) {
    }

    /**
     * Projects a lon/lat region for this site, cut to the box that holds every band up to this
     * clipper's outer radius; null when nothing of it is that near.
     */
    public Projected project(Geometry lonLat) {
        return project(lonLat, null);
    }

    /**
     * As {@link #project(Geometry)}, with the densified form and area of the whole region already
     * at hand ({@code known}, for {@code lonLat} itself; null when not): used when the pre-clip
     * keeps the region whole, so that several sites densify and measure it once.
     */
    Projected project(Geometry lonLat, DenseRegion known) {
        boolean[] kept = new boolean[2];
        Geometry cut = preClip(lonLat, kept);
        if (cut == null) {
            return null;
        }
        boolean whole = kept[0];
        // The known densified form is that of lonLat itself: only when the cut kept just lonLat.
        boolean asKnown = known != null && kept[1];
        double[] range = {Double.POSITIVE_INFINITY, 0};
        Geometry plane;
        Geometry dense;
        EdgesBuilder eb = new EdgesBuilder();
        try {
            dense = asKnown ? known.dense() : GeodesicAreas.densify(cut);
            plane = projectAll(dense, range, eb);
        } catch (FarVertexException far) {
            // Geometry reaching near the antipode: keep only what lies within the outer radius plus a
            // margin, cut in lon/lat with the ring engine's own disc polygon, then project that.
            double clipRadius = outerMeters + PRE_CLIP_MARGIN_M;
            if (clipRadius + PRE_CLIP_MARGIN_M > AeqdFrame.SAFE_RADIUS_M) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "area clipping works for bands up to %.0f km from the site; got an outer radius of %.0f km",
                        (AeqdFrame.SAFE_RADIUS_M - 2 * PRE_CLIP_MARGIN_M) / 1000, outerMeters / 1000));
            }
            Geometry disc = RingPolygons.disc(new Ring(frame.site(), clipRadius, earth), PRE_CLIP_TOLERANCE_M);
            Geometry near = polygonsOf(overlay(cut, disc));
            whole = false;
            if (near.isEmpty()) {
                return null;
            }
            range[0] = Double.POSITIVE_INFINITY;
            range[1] = 0;
            dense = GeodesicAreas.densify(near);
            eb = new EdgesBuilder();
            plane = projectAll(dense, range, eb);
            asKnown = false;
        }
        if (dense.isEmpty()) {
            return null;
        }
        GeoPoint site = frame.site();
        boolean holdsSite = lonLat.covers(GF.createPoint(new Coordinate(site.normalizedLonDeg(), site.latDeg())));
        double min = holdsSite ? 0 : Math.max(0, plane.distance(GF.createPoint(new Coordinate(0, 0))) - 1.0);
        double own = !whole ? Double.NaN
                : asKnown ? known.ownAreaSquareMeters() : GeodesicAreas.areaSquareMeters(dense, earth);
        BoundaryArea.Edges edges = eb.build(plane, asKnown ? known.edgeS12(earth) : null);
        return new Projected(plane, min, range[1], whole, own, edges);
    }

    /** Most region edges that one stretch of {@link #projectSparse} stands for. */
    static final int MAX_STRETCH_EDGES = 256;
    /** Rings with fewer edges are projected whole by {@link #projectSparse}; longer ones keep ≥ 1/8 of this. */
    static final int MIN_SPARSE_RING_EDGES = 16;
    /** Bound of the azimuthal equidistant stretch where {@link #projectSparse} skips vertices (see there). */
    static final double SPARSE_STRETCH = 2.0;

    /**
     * As {@link #project(Geometry, DenseRegion)}, to be measured ({@link #areaOrNaN}) only against
     * the discs of {@code radii}, with only the densified vertices near their circles projected;
     * null when that does not apply (nothing within the box, a pole vertex, vertices too far, or a
     * boundary that even with short stretches needs a repair the full projection does not need) and
     * the region is to be projected in full. A region the pre-clip box cuts is cut and densified as
     * {@code project} does it; its edges' terms are looked up among those of the whole region
     * ({@link DenseRegion#edgeTerms}: the same doubles, only the edges along the cut are solved).
     *
     * <p>Every vertex is put in a zone by the distance bracket of {@link SphereBound}: inside the
     * smallest circle, between two circles, or beyond the largest (up to {@code farMeters}), each
     * by at least {@code marginMeters}, or none (near a circle). A run of consecutive vertices of
     * one zone is a stretch: its end vertices are projected, the ones between are not, and the
     * plane ring joins the ends by one straight edge. The area comes out the same double as from
     * the full projection, because {@link BoundaryArea} then adds the same terms in the same order:
     * <ul>
     * <li>The region's plane segments along a stretch cross no circle and stay on one side of
     *   each: inside a circle by convexity, outside it because {@code marginMeters} is the
     *   segment margin of {@code BandAreas} (vertices that far beyond a circle, at most the
     *   longest densified edge apart and stretched at most {@value #SPARSE_STRETCH}-fold within
     *   {@code farMeters}, keep their plane segments beyond it). So every edge of the stretch adds
     *   its S12 and meridian count or none, as the stretch edge does for them, one by one.</li>
     * <li>The stretch edge itself crosses no circle: inside all of a zone's outer circles by
     *   convexity, and it is checked to pass its inner circle by 1 m or more (else the stretch is
     *   halved until it does).</li>
     * <li>Between a stretch and its edge lies no point of any circle: the region it encloses is in
     *   the convex hull of the stretch, so within the zone's outer circle; and a stretch of zone
     *   z ≥ 1 is at most r/(2 · {@value #SPARSE_STRETCH} · longest edge) edges long, r its inner
     *   circle, so seen from the site it spans at most one radian, and a closed curve that stays in a
     *   sector under 180° and beyond r encloses no point within r. So the point-in-region
     *   tests of circle vertices ({@link BoundaryArea}) and the comparisons of the nearest and
     *   farthest distance with the radii come out as for the full projection.</li>
     * <li>Each ring keeps its orientation, checked against the ring's in lon/lat (the projection
     *   keeps orientation), and at least eight of its vertices (all of a ring under
     *   {@value #MIN_SPARSE_RING_EDGES} edges).</li>
     * </ul>
     * When the boundary sums still fail ({@link #areaOrNaN} gives NaN) the caller measures the full
     * projection, as it would have from the start.
     *
     * @param radii the radii (metres) of the discs measured, ascending and distinct, each ≤ this
     *        clipper's outer radius
     * @param marginMeters the segment margin (metres) of the region
     * @param farMeters the farthest distance (metres) at which vertices may be skipped, where the
     *        stretch bound holds; this clipper's outer radius must not exceed it
     */
    Projected projectSparse(Geometry lonLat, DenseRegion known, double[] radii, double marginMeters,
                            double farMeters, SphereBound bound) {
        Sparse sparse = sparse(lonLat, known, radii, marginMeters, farMeters, bound);
        if (sparse == null) {
            return null;
        }
        // Long stretches may cut across a bay of the same ring, making the plane ring cross itself:
        // then again with shorter ones (the vertices projected so far are kept).
        for (int cap = MAX_STRETCH_EDGES; cap >= MIN_STRETCH_EDGES; cap /= 8) {
            Projected p = sparse.attempt(cap);
            if (p != null || !sparse.shorterMayHelp) {
                return p;
            }
        }
        return null;
    }

    /** Shortest stretch cap that {@link #projectSparse} tries. */
    static final int MIN_STRETCH_EDGES = 4;

    /**
     * What {@link #projectSparse} prepares once for its attempts: the region as the full projection
     * densifies it, its vertices and their zones; null when it does not apply.
     */
    private Sparse sparse(Geometry lonLat, DenseRegion whole, double[] radii, double marginMeters,
                          double farMeters, SphereBound bound) {
        if (radii.length == 0 || outerMeters > farMeters) {
            return null;
        }
        // The region as the full projection densifies it: whole, or cut by the box and densified
        // from the cut, its edges' terms mostly those of the whole region's edges.
        boolean[] kept = new boolean[2];
        Geometry cut = preClip(lonLat, kept);
        if (cut == null) {
            return null;
        }
        DenseRegion known = whole;
        if (!kept[1]) {
            Geometry cutDense = GeodesicAreas.densify(cut);
            if (cutDense.isEmpty()) {
                return null;
            }
            // Terms of edges not found (a ring the cut reversed is densified from its other end)
            // stay NaN and are solved when summed, as the full projection solves them.
            double[] s12 = whole.edgeTerms(earth).known(cutDense);
            known = DenseRegion.of(cutDense, s12,
                    kept[0] ? GeodesicAreas.areaSquareMeters(cutDense, earth) : Double.NaN, bound);
        }
        Geometry dense = known.dense();
        double[] u = known.unitVectors();
        int nv = dense.getNumPoints();
        if (u.length != 3 * nv || nv == 0) {
            return null;
        }
        int nz = radii.length + 1;
        double[] lo = new double[nz];
        double[] hi = new double[nz];
        for (int z = 0; z < nz; z++) {
            lo[z] = z == 0 ? Double.NEGATIVE_INFINITY : bound.surelyAboveChord2(radii[z - 1] + marginMeters);
            hi[z] = bound.surelyBelowChord2((z < radii.length ? radii[z] : farMeters) - marginMeters);
        }
        double[] su = new double[3];
        GeoPoint site = frame.site();
        bound.unitVector(site.latDeg(), site.lonDeg(), su, 0);
        Sparse sp = new Sparse(lonLat, known, kept[0], radii, nv);
        int k = 0;
        for (int i = 0; i < dense.getNumGeometries(); i++) {
            Polygon poly = (Polygon) dense.getGeometryN(i);
            for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r)).getCoordinates();
                sp.rings.add(new int[] {k, k + cs.length});
                for (Coordinate c : cs) {
                    if (!(Math.abs(c.y) < 90)) {
                        return null; // a pole line collapses in the plane: the full projection handles it
                    }
                    sp.lat[k] = c.y;
                    sp.lon[k] = c.x;
                    double dx = u[3 * k] - su[0];
                    double dy = u[3 * k + 1] - su[1];
                    double dz = u[3 * k + 2] - su[2];
                    double c2 = dx * dx + dy * dy + dz * dz;
                    // Vertices on ±180° are kept: a region cut there meets itself along the cut,
                    // and both sides must keep the same vertices for the parts to stay a union.
                    byte zk = -1;
                    for (int z = 0; Math.abs(c.x) < 180 && z < nz; z++) {
                        if (c2 >= lo[z] && c2 <= hi[z]) {
                            zk = (byte) z;
                            break;
                        }
                    }
                    sp.zone[k] = zk;
                    k++;
                }
            }
        }
        return sp;
    }

    /** One region's sparse projection under way ({@link #projectSparse}), for one thread. */
    private final class Sparse {
        final Geometry lonLat;
        final DenseRegion known;
        final boolean whole;
        final double[] radii;
        final double[] lat;
        final double[] lon;
        /** Zone of each vertex: 0 inside the smallest circle, z between circles z − 1 and z, −1 near a circle. */
        final byte[] zone;
        /** {first index, end index (exclusive)} of each ring, polygon by polygon, shell then holes. */
        final List<int[]> rings = new ArrayList<>();
        /** Plane coordinates and distance of the vertices projected so far (by any attempt). */
        final double[] px;
        final double[] py;
        final double[] ps;
        final boolean[] projected;
        /** After an attempt that gave null: whether shorter stretches may succeed. */
        boolean shorterMayHelp;

        Sparse(Geometry lonLat, DenseRegion known, boolean whole, double[] radii, int nv) {
            this.lonLat = lonLat;
            this.known = known;
            this.whole = whole;
            this.radii = radii;
            this.lat = new double[nv];
            this.lon = new double[nv];
            this.zone = new byte[nv];
            this.px = new double[nv];
            this.py = new double[nv];
            this.ps = new double[nv];
            this.projected = new boolean[nv];
        }

        /** Projects vertex i unless done. */
        void project(int i, double[] xy) {
            if (!projected[i]) {
                frame.forward(lat[i], lon[i], xy);
                px[i] = xy[0];
                py[i] = xy[1];
                ps[i] = xy[2];
                projected[i] = true;
            }
        }

        /** The projection with stretches of at most {@code maxStretchEdges} edges, or null. */
        Projected attempt(int maxStretchEdges) {
            shorterMayHelp = false;
            int nv = zone.length;
            // Which vertices to project: ring ends, vertices near a circle, and the ends of each stretch.
            boolean[] keep = new boolean[nv];
            double longest = Math.max(known.longestEdgeMeters(), 1e-9);
            boolean skips = false;
            for (int[] ring : rings) {
                int b = ring[0];
                int e = ring[1];
                int edges = e - b - 1;
                keep[b] = true;
                keep[e - 1] = true;
                if (edges < MIN_SPARSE_RING_EDGES) {
                    java.util.Arrays.fill(keep, b, e, true);
                    continue;
                }
                int cap = Math.min(maxStretchEdges, edges / 8);
                int i = b;
                while (i < e - 1) {
                    keep[i] = true;
                    int z = zone[i];
                    int capZ = z <= 0 ? cap : (int) Math.min(cap, radii[z - 1] / (2 * SPARSE_STRETCH * longest));
                    int t = i;
                    if (z >= 0) {
                        while (t + 1 <= e - 1 && zone[t + 1] == z && t + 1 - i <= capZ) {
                            t++;
                        }
                    }
                    if (t - i > 1) {
                        skips = true;
                    }
                    i = Math.max(t, i + 1);
                }
            }
            if (!skips) {
                return null;
            }
            // Project the kept vertices; halve stretches whose straight edge comes near its inner circle.
            double[] xy = new double[3];
            for (int i = 0; i < nv; i++) {
                if (keep[i]) {
                    project(i, xy);
                }
            }
            for (int[] ring : rings) {
                int prev = ring[0];
                for (int i = ring[0] + 1; i < ring[1]; i++) {
                    if (keep[i]) {
                        clearStretch(prev, i, keep, xy);
                        prev = i;
                    }
                }
            }
            if (farthest(keep) > AeqdFrame.SAFE_RADIUS_M) {
                return null;
            }
            // The plane rings and boundary, as projectRing builds them, from the kept vertices.
            Geometry dense = known.dense();
            EdgesBuilder eb = new EdgesBuilder();
            boolean[] ccw = known.ringsCcw();
            List<Polygon> out = new ArrayList<>();
            int ri = 0;
            for (int pi = 0; pi < dense.getNumGeometries(); pi++) {
                Polygon poly = (Polygon) dense.getGeometryN(pi);
                LinearRing shell = null;
                LinearRing[] holes = new LinearRing[poly.getNumInteriorRing()];
                for (int r = -1; r < poly.getNumInteriorRing(); r++, ri++) {
                    LinearRing ring = planeRing(rings.get(ri), keep, eb, r < 0, ccw[ri]);
                    if (ring == null) {
                        shorterMayHelp = true;
                        return null;
                    }
                    if (r < 0) {
                        shell = ring;
                    } else {
                        holes[r] = ring;
                    }
                }
                out.add(GF.createPolygon(shell, holes));
            }
            Geometry plane = planeOf(out, eb);
            if (!eb.usable) {
                shorterMayHelp = true;
                return null;
            }
            GeoPoint site = frame.site();
            boolean holdsSite = lonLat.covers(GF.createPoint(new Coordinate(site.normalizedLonDeg(), site.latDeg())));
            double min = holdsSite ? 0 : Math.max(0, plane.distance(GF.createPoint(new Coordinate(0, 0))) - 1.0);
            BoundaryArea.Edges edges = eb.build(plane, known.edgeS12(earth), known.edgeTransits(), lat, lon);
            return new Projected(plane, min, farthest(keep), whole, whole ? known.ownAreaSquareMeters() : Double.NaN,
                    edges);
        }
        /**
         * Makes the stretch a → b (kept vertices, those between skipped) pass its zone's inner
         * circle by 1 m or more, halving it as needed.
         */
        void clearStretch(int a, int b, boolean[] keep, double[] xy) {
            if (b - a <= 1 || zone[a] <= 0) {
                return;
            }
            double inner = radii[zone[a] - 1];
            double dx = px[b] - px[a];
            double dy = py[b] - py[a];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(px[a] * dx + py[a] * dy) / len2));
            double mx = px[a] + t * dx;
            double my = py[a] + t * dy;
            if (Math.sqrt(mx * mx + my * my) >= inner * (1 + 1e-12) + 1.0) {
                return;
            }
            int m = (a + b) >>> 1;
            keep[m] = true;
            project(m, xy);
            clearStretch(a, m, keep, xy);
            clearStretch(m, b, keep, xy);
        }

        /** The largest distance from the site of a kept vertex (metres). */
        double farthest(boolean[] keep) {
            double far = 0;
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    far = Math.max(far, ps[i]);
                }
            }
            return far;
        }

        /**
         * One ring in the plane from its kept vertices, added to {@code eb} as
         * {@link #projectRing} adds a whole ring; null when it has fewer than four points or its
         * orientation is not the lon/lat ring's ({@code ccw}).
         */
        LinearRing planeRing(int[] ring, boolean[] keep, EdgesBuilder eb, boolean shell, boolean ccw) {
            List<Coordinate> pts = new ArrayList<>();
            eb.starts.add(eb.size);
            for (int i = ring[0]; i < ring[1]; i++) {
                if (!keep[i]) {
                    continue;
                }
                Coordinate p = new Coordinate(px[i], py[i]);
                if (pts.isEmpty() || !pts.get(pts.size() - 1).equals2D(p)) {
                    pts.add(p);
                } else if (eb.size == 0 || lat[i] != eb.lastLat() || lon[i] != eb.lastLon()) {
                    eb.usable = false;
                }
                eb.add(lat[i], lon[i], px[i], py[i], i);
            }
            if (!pts.get(0).equals2D(pts.get(pts.size() - 1)) || pts.size() < 4) {
                return null;
            }
            Coordinate[] planeRing = pts.toArray(new Coordinate[0]);
            boolean isCcw = org.locationtech.jts.algorithm.Orientation.isCCW(planeRing);
            if (isCcw != ccw) {
                return null;
            }
            eb.signs.add(isCcw == shell ? 1 : -1);
            return GF.createLinearRing(planeRing);
        }
    }

    /**
     * Step 1 of the class Javadoc: {@code lonLat} cut to the boxes, as polygons; null when nothing
     * of it is in them. {@code kept[0]}: a box holds it whole; {@code kept[1]}: the cut is
     * {@code lonLat} itself.
     */
    private Geometry preClip(Geometry lonLat, boolean[] kept) {
        Envelope env = lonLat.getEnvelopeInternal();
        List<Geometry> parts = new ArrayList<>();
        boolean whole = false;
        for (Envelope box : boxes) {
            if (!box.intersects(env)) {
                continue;
            }
            if (box.contains(env)) {
                whole = true;
                parts.add(lonLat);
                break;
            }
            Geometry cut = lonLat.intersection(GF.toGeometry(box));
            if (!cut.isEmpty()) {
                parts.add(cut);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        kept[0] = whole;
        kept[1] = whole && parts.size() == 1 && parts.get(0) == lonLat;
        return polygonsOf(parts.size() == 1 ? parts.get(0) : GF.buildGeometry(parts));
    }

    /** Thrown inside projection when a vertex lies beyond {@link AeqdFrame#SAFE_RADIUS_M}. */
    private static final class FarVertexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FarVertexException() {
            super(null, null, false, false);
        }
    }

    private static Geometry overlay(Geometry a, Geometry b) {
        try {
            return a.intersection(b);
        } catch (TopologyException e) {
            return a.buffer(0).intersection(b);
        }
    }

    static Geometry polygonsOf(Geometry g) {
        List<Polygon> ps = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (p instanceof Polygon poly && !poly.isEmpty()) {
                ps.add(poly);
            } else if (p.getNumGeometries() > 1) {
                Geometry inner = polygonsOf(p);
                for (int k = 0; k < inner.getNumGeometries(); k++) {
                    ps.add((Polygon) inner.getGeometryN(k));
                }
            }
        }
        return GF.createMultiPolygon(ps.toArray(new Polygon[0]));
    }

    /** Collects a projected region's rings for {@link BoundaryArea}. */
    private static final class EdgesBuilder {
        private final List<Integer> starts = new ArrayList<>();
        private final List<Integer> signs = new ArrayList<>();
        private double[] buf = new double[4 * 256];
        private int size;
        private boolean usable = true;
        /** For {@link #projectSparse}: the region's index of each vertex added (else unused). */
        private int[] orig = new int[256];

        double lastLat() {
            return buf[4 * size - 4];
        }

        double lastLon() {
            return buf[4 * size - 3];
        }

        void add(double lat, double lon, double x, double y) {
            if (4 * size + 4 > buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[4 * size] = lat;
            buf[4 * size + 1] = lon;
            buf[4 * size + 2] = x;
            buf[4 * size + 3] = y;
            size++;
        }

        void add(double lat, double lon, double x, double y, int origIndex) {
            if (size == orig.length) {
                orig = java.util.Arrays.copyOf(orig, 2 * orig.length);
            }
            orig[size] = origIndex;
            add(lat, lon, x, y);
        }

        BoundaryArea.Edges build(Geometry plane, double[] sharedS12) {
            return build(plane, sharedS12, null, null, null);
        }

        /**
         * The edges; with {@code transits} (a sparse boundary, {@link #projectSparse}) indexed into
         * the region's {@code sharedS12} and {@code transits} through the vertices' region indices.
         */
        BoundaryArea.Edges build(Geometry plane, double[] sharedS12, int[] transits, double[] regionLat,
                                 double[] regionLon) {
            if (!usable) {
                return null;
            }
            int[] start = new int[starts.size() + 1];
            int[] sign = new int[signs.size()];
            for (int r = 0; r < sign.length; r++) {
                start[r] = starts.get(r);
                sign[r] = signs.get(r);
            }
            start[sign.length] = size;
            double[] lat = new double[size];
            double[] lon = new double[size];
            double[] x = new double[size];
            double[] y = new double[size];
            for (int i = 0; i < size; i++) {
                lat[i] = buf[4 * i];
                lon[i] = buf[4 * i + 1];
                x[i] = buf[4 * i + 2];
                y[i] = buf[4 * i + 3];
            }
            if (transits != null) {
                return new BoundaryArea.Edges(start, sign, lat, lon, x, y, sharedS12, plane,
                        java.util.Arrays.copyOf(orig, size), transits, regionLat, regionLon);
            }
            double[] s12 = sharedS12;
            if (s12 == null || s12.length != size) {
                s12 = new double[size];
                java.util.Arrays.fill(s12, Double.NaN);
            }
            return new BoundaryArea.Edges(start, sign, lat, lon, x, y, s12, plane);
        }
    }

    private Geometry projectAll(Geometry lonLat, double[] range, EdgesBuilder eb) {
        List<Polygon> out = new ArrayList<>();
        double[] xy = new double[3];
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Polygon p = (Polygon) lonLat.getGeometryN(i);
            LinearRing shell = projectRing(p.getExteriorRing(), xy, range, eb, true);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = projectRing(p.getInteriorRingN(h), xy, range, eb, false);
            }
            out.add(GF.createPolygon(shell, holes));
        }
        return planeOf(out, eb);
    }

    /**
     * The projected polygons as one geometry: as they are when valid, else repaired; a repair that
     * is not their union (see below) makes the edges unusable for {@link BoundaryArea}.
     */
    private static Geometry planeOf(List<Polygon> out, EdgesBuilder eb) {
        Geometry g = GF.createMultiPolygon(out.toArray(new Polygon[0]));
        if (g.isValid()) {
            return g;
        }
        Geometry repaired = g.buffer(0);
        // Parts that are valid each and only touch (a country cut at ±180° meets itself along the
        // cut): the repair is their union, whose area is the sum of theirs, and the boundary sums
        // over the parts (the shared edges cancel) measure that union. Anything else is clipped.
        boolean partsValid = true;
        for (Polygon p : out) {
            partsValid &= p.isValid();
        }
        if (!partsValid || Math.abs(repaired.getArea() - g.getArea()) > 1e-9 * g.getArea()) {
            eb.usable = false;
        }
        return repaired;
    }

    private LinearRing projectRing(LineString ring, double[] xy, double[] range, EdgesBuilder eb, boolean shell) {
        Coordinate[] cs = ring.getCoordinates();
        List<Coordinate> out = new ArrayList<>(cs.length);
        eb.starts.add(eb.size);
        for (Coordinate c : cs) {
            frame.forward(c.y, c.x, xy);
            if (xy[2] > AeqdFrame.SAFE_RADIUS_M) {
                throw new FarVertexException();
            }
            range[1] = Math.max(range[1], xy[2]);
            Coordinate p = new Coordinate(xy[0], xy[1]);
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(p)) {
                out.add(p);
            } else if (eb.size == 0 || c.y != eb.lastLat() || c.x != eb.lastLon()) {
                // The plane ring lost a vertex that differs in lon/lat (a pole line): its edges are no
                // longer the lon/lat ones. A vertex repeated in lon/lat is an edge of length 0 for both.
                eb.usable = false;
            }
            eb.add(c.y, c.x, xy[0], xy[1]);
        }
        if (!out.get(0).equals2D(out.get(out.size() - 1))) {
            out.add(new Coordinate(out.get(0)));
            eb.usable = false;
        }
        while (out.size() < 4) {
            out.add(new Coordinate(out.get(0)));
            eb.usable = false;
        }
        Coordinate[] planeRing = out.toArray(new Coordinate[0]);
        boolean ccw = org.locationtech.jts.algorithm.Orientation.isCCW(planeRing);
        eb.signs.add(ccw == shell ? 1 : -1);
        return GF.createLinearRing(planeRing);
    }

    /** Maps plane pieces back to lon/lat and sums their geodesic areas (square metres). */
    private double planeArea(Geometry plane) {
        double sum = 0;
        double[] ll = new double[2];
        for (int i = 0; i < plane.getNumGeometries(); i++) {
            Geometry g = plane.getGeometryN(i);
            if (g instanceof Polygon p && !p.isEmpty()) {
                Coordinate[] shell = p.getExteriorRing().getCoordinates();
                sum += GeodesicAreas.enclosedArea(shell, backToLonLat(shell, ll), earth);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    Coordinate[] hole = p.getInteriorRingN(h).getCoordinates();
                    sum -= GeodesicAreas.enclosedArea(hole, backToLonLat(hole, ll), earth);
                }
            } else if (g.getNumGeometries() > 1 || !(g instanceof Polygon)) {
                sum += g.getDimension() == 2 ? planeArea(g) : 0;
            }
        }
        return sum;
    }

    private Coordinate[] backToLonLat(Coordinate[] plane, double[] ll) {
        Coordinate[] out = new Coordinate[plane.length];
        for (int i = 0; i < plane.length; i++) {
            frame.inverse(plane[i].x, plane[i].y, ll);
            out[i] = new Coordinate(ll[1], ll[0]);
        }
        return out;
    }

    /**
     * Geodesic distance from the site to the nearest point of a lon/lat polygon (metres); 0 when
     * the site lies inside. Measured in the aeqd frame, where the distance from the site is the
     * distance from the origin, along the densified boundary (segments between vertices at most
     * {@value GeodesicAreas#MAX_STEP_DEG}° apart, whose images bend by metres at most).
     */
    public static double nearestDistanceMeters(GeoPoint site, Geometry lonLat, EarthModel earth) {
        if (lonLat.covers(GF.createPoint(new Coordinate(site.normalizedLonDeg(), site.latDeg())))) {
            return 0;
        }
        AeqdFrame frame = new AeqdFrame(site, earth);
        Geometry dense = GeodesicAreas.densify(lonLat);
        double best = Double.POSITIVE_INFINITY;
        double[] p = new double[3];
        double[] q = new double[3];
        for (int i = 0; i < dense.getNumGeometries(); i++) {
            Polygon poly = (Polygon) dense.getGeometryN(i);
            for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r)).getCoordinates();
                frame.forward(cs[0].y, cs[0].x, p);
                best = Math.min(best, p[2]);
                for (int k = 1; k < cs.length; k++) {
                    frame.forward(cs[k].y, cs[k].x, q);
                    best = Math.min(best, Math.min(q[2], segmentDistanceFromOrigin(p, q)));
                    double[] t = p;
                    p = q;
                    q = t;
                }
            }
        }
        return best;
    }

    /** Distance from the origin to the segment p–q in the plane; only trusted for short segments. */
    private static double segmentDistanceFromOrigin(double[] p, double[] q) {
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double len2 = dx * dx + dy * dy;
        // Segments whose ends straddle the far side (near the antipode) are not trusted; ends only.
        if (len2 == 0 || len2 > 1e10) {
            return Math.min(p[2], q[2]);
        }
        double t = Math.max(0, Math.min(1, -(p[0] * dx + p[1] * dy) / len2));
        return Math.hypot(p[0] + t * dx, p[1] + t * dy);
    }
}
