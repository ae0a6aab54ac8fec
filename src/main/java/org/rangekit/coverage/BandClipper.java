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
        if (region == null || region.minMeters() > outerMeters || region.maxMeters() < innerMeters) {
            return 0;
        }
        if (region.minMeters() >= innerMeters && region.maxMeters() <= outerMeters && region.whole()) {
            return region.ownAreaSquareMeters();
        }
        double a = boundaryAreaSquareMeters(region);
        return Double.isNaN(a) ? clippedAreaSquareMeters(region) : a;
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
        Geometry cut = polygonsOf(parts.size() == 1 ? parts.get(0) : GF.buildGeometry(parts));
        // The known densified form is that of lonLat itself: only when the cut kept just lonLat.
        boolean asKnown = known != null && whole && parts.size() == 1 && parts.get(0) == lonLat;
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

        BoundaryArea.Edges build(Geometry plane, double[] sharedS12) {
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
