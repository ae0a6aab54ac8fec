package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Ring;

/**
 * Areas and area-weighted populations inside the bands of one site: the total band area, the
 * land area, and each country's area and share of its own area.
 *
 * <h2>Algorithm</h2>
 * The total is the exact band area ({@link RingPolygons#bandAreaSquareMeters}). Land and country
 * areas come from {@link BandClipper}: each polygon is projected once into the site's azimuthal
 * equidistant frame and measured in every band's annulus (by boundary sums, {@link BoundaryArea},
 * the circles' chord terms shared by the site's bands, {@link RingChords}). A country's share is its area in
 * the band over its own geodesic area (both measured on the same densified boundary, so a
 * country wholly inside has share 1 exactly). The population by area share is
 * Σ population × share: it assumes people spread evenly over each country, which overstates
 * empty land and understates cities; the city sum (the report's {@code population_cities}) undercounts instead.
 *
 * <h2>Thread safety</h2>
 * Immutable results; the calculator caches own areas and may be shared. {@link #compute} clips
 * the polygons on all cores and sums in input order: the same result as one thread.
 */
public final class BandAreas {

    /** Label of the area-share population method, written next to every such figure. */
    private static final GeometryFactory GF = new GeometryFactory();

    public static final String POPULATION_BY_AREA_SHARE =
            "country population (Natural Earth POP_EST) \u00d7 share of the country's area in the band";

    private final EarthModel earth;
    private final Geometry land;
    private final List<Region> regions;
    private final SphereBound bound;
    /** Densified form, area and unit vectors of each land polygon and country, shared by all sites. */
    private final Map<Geometry, java.util.concurrent.FutureTask<DenseRegion>> dense = new IdentityHashMap<>();

    private record ProjectionKey(GeoPoint site, double projectionRadiusMeters) {
    }

    /** Polygons projected into a site's frame so far (kept projections reused are not counted). */
    private final java.util.concurrent.atomic.AtomicLong projectionsMade = new java.util.concurrent.atomic.AtomicLong();

    /** Of those, the polygons projected only near the circles ({@link BandClipper#projectSparse}). */
    private final java.util.concurrent.atomic.AtomicLong sparseProjectionsMade = new java.util.concurrent.atomic.AtomicLong();

    /** Number of sites whose projected polygons {@link #discs} keeps (0: none, the default). */
    private int keptSites;
    /**
     * Per site and projection radius, the polygons {@link #discs} had to project, by ground index
     * (an empty Optional: nothing of it within the projection radius); least recently used first.
     */
    private final LinkedHashMap<ProjectionKey, Map<Integer, Optional<BandClipper.Projected>>> projections =
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(
                        Map.Entry<ProjectionKey, Map<Integer, Optional<BandClipper.Projected>>> eldest) {
                    return size() > keptSites;
                }
            };

    /**
     * @param land land polygons in lon/lat (may be null: no land area)
     * @param regions countries (may be empty)
     */
    public BandAreas(EarthModel earth, Geometry land, List<Region> regions) {
        this.earth = earth;
        this.land = land;
        this.regions = List.copyOf(regions);
        this.bound = new SphereBound(earth);
    }

    /**
     * Keeps the polygons projected into the frames of the last {@code sites} sites (and projection
     * radii), so that discs of another radius around the same site reuse them instead of solving
     * one inverse problem per densified vertex again: for a caller that measures one site's discs
     * a few at a time (the viewer's {@code BandAreaCache} when one ring moves). The projection
     * depends only on the site, the projection radius, the earth and the polygon, so the figures are
     * the same doubles with and without it. A summary measuring each site once keeps none (the
     * default).
     *
     * @param sites number of sites kept, ≥ 0
     * @return this
     * @throws IllegalArgumentException naming {@code sites} when it is negative
     */
    public BandAreas keepProjections(int sites) {
        if (sites < 0) {
            throw new IllegalArgumentException("sites must be >= 0, got " + sites);
        }
        synchronized (projections) {
            keptSites = sites;
            projections.clear();
        }
        return this;
    }

    /** The kept projections of this site and radius (created empty), or null when none are kept. */
    private Map<Integer, Optional<BandClipper.Projected>> keptProjections(GeoPoint site, double projectionRadiusMeters) {
        synchronized (projections) {
            if (keptSites == 0) {
                return null;
            }
            return projections.computeIfAbsent(new ProjectionKey(site, projectionRadiusMeters),
                    k -> new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /** Number of polygons {@link #discs} has projected into a site's frame (for tests). */
    long projectionsMade() {
        return projectionsMade.get();
    }

    /** Number of those projected only near the circles, {@link BandClipper#projectSparse} (for tests). */
    long sparseProjectionsMade() {
        return sparseProjectionsMade.get();
    }

    EarthModel earth() {
        return earth;
    }

    /** The land polygons (null: none). */
    Geometry land() {
        return land;
    }

    List<Region> regions() {
        return regions;
    }

    /**
     * Areas of every band of {@code scheme} around {@code site}, in band order: the discs of the
     * scheme's distinct edge radii ({@link #discs}, projected for the scheme's largest radius),
     * each band their difference ({@link #band}).
     */
    public List<BandArea> compute(GeoPoint site, BandScheme scheme) {
        double[] radii = scheme.bands().stream()
                .flatMapToDouble(r -> java.util.stream.DoubleStream.of(r.innerMeters(), r.outerMeters()))
                .filter(r -> r > 0).distinct().sorted().toArray();
        List<DiscArea> discs = discs(site, radii, scheme.maxOuterMeters());
        Map<Double, DiscArea> byRadius = new java.util.HashMap<>();
        for (DiscArea d : discs) {
            byRadius.put(d.radiusMeters(), d);
        }
        List<BandArea> out = new ArrayList<>();
        for (BandRule r : scheme.bands()) {
            out.add(band(r, r.innerMeters() == 0 ? null : byRadius.get(r.innerMeters()), byRadius.get(r.outerMeters())));
        }
        return out;
    }

    /**
     * Areas inside the geodesic discs of the given radii around {@code site}, in the order given.
     *
     * <p>Every polygon that some disc's circle may cross is projected once into the site's frame,
     * cut to the lon/lat box around the disc of {@code projectionRadiusMeters} (see
     * {@link BandClipper}), and measured for each disc it may cross; for the other discs it is
     * settled from the distance bracket (wholly inside: its own area; wholly outside: 0). A disc's
     * figures thus depend on the site, its radius, the earth, the ground and the projection radius,
     * not on the other radii asked for: the box decides where long lon/lat edges are cut before they
     * are densified, which moves a disc's area by up to ≈ 10⁴ m² when such an edge also crosses
     * the disc's circle.
     *
     * @param radiiMeters radii (metres), each finite, &gt; 0 and ≤ {@code projectionRadiusMeters}
     * @param projectionRadiusMeters radius (metres) of the pre-clip box and of the projection's
     *        far limit: a scheme's largest outer radius
     * @throws IllegalArgumentException when a radius is out of range, or when polygons reach too near
     *         the site's antipode for the projection radius
     */
    public List<DiscArea> discs(GeoPoint site, double[] radiiMeters, double projectionRadiusMeters) {
        int nd = radiiMeters.length;
        BandClipper projector = new BandClipper(site, 0, projectionRadiusMeters, earth);
        BandClipper[] clippers = new BandClipper[nd];
        double[] total = new double[nd];
        for (int k = 0; k < nd; k++) {
            double r = radiiMeters[k];
            if (!(r > 0) || !(r <= projectionRadiusMeters)) {
                throw new IllegalArgumentException("disc radius must be > 0 and <= the projection radius "
                        + projectionRadiusMeters + " m, got " + r);
            }
            total[k] = RingPolygons.discAreaSquareMeters(new Ring(site, r, earth));
            RingChords chords = new RingChords(projector.frame(), earth.geodesic(), r);
            clippers[k] = new BandClipper(site, 0, r, earth, radius -> chords, total[k]);
        }
        // Every land polygon and country is measured on its own, in parallel; the areas are then
        // summed in input order, so the totals are the same doubles as a sequential loop gives.
        int nLand = land == null ? 0 : land.getNumGeometries();
        double[][] pieces = new double[nLand + regions.size()][];
        Settled settled = new Settled(site, bound, projectionRadiusMeters <= Settled.MAX_OUTER_M);
        Map<Integer, Optional<BandClipper.Projected>> kept = keptProjections(site, projectionRadiusMeters);
        // Without kept projections (which other radii reuse), a polygon is projected only near these
        // discs' circles (BandClipper.projectSparse), when the distance bracket applies at all.
        double[] sortedRadii = kept != null || !settled.enabled ? null
                : java.util.Arrays.stream(radiiMeters).distinct().sorted().toArray();
        IntStream.range(0, pieces.length).parallel().forEach(i -> {
            Geometry g = i < nLand ? land.getGeometryN(i) : regions.get(i - nLand).lonLat();
            Envelope env = g.getEnvelopeInternal();
            if (!projector.boxesIntersect(env)) {
                return; // as project(g) == null: nothing of it within the projection radius
            }
            DenseRegion d = dense(g);
            Settled.Bracket bracket = settled.bracket(g, d, projector);
            double[] a = null;
            BandClipper.Projected p = null;
            BandClipper.Projected full = null;
            boolean projected = false;
            boolean sparse = false;
            for (int k = 0; k < nd; k++) {
                double v = bracket.area(d, radiiMeters[k], settled);
                if (Double.isNaN(v)) {
                    if (!projected) {
                        Optional<BandClipper.Projected> known = kept == null ? null : kept.get(i);
                        if (known != null) {
                            p = known.orElse(null);
                        } else {
                            p = sortedRadii == null ? null : projector.projectSparse(g, d, sortedRadii,
                                    Settled.segmentMarginMeters(d), Settled.MAX_OUTER_M, bound);
                            sparse = p != null;
                            if (sparse) {
                                sparseProjectionsMade.incrementAndGet();
                            } else {
                                p = projector.project(g, d);
                            }
                            projectionsMade.incrementAndGet();
                            if (kept != null) {
                                kept.put(i, Optional.ofNullable(p));
                            }
                        }
                        projected = true;
                    }
                    v = sparse ? clippers[k].areaOrNaN(p) : clippers[k].areaSquareMeters(p);
                    if (Double.isNaN(v)) {
                        // The sparse boundary did not do: the full projection, as without it.
                        if (full == null) {
                            full = projector.project(g, d);
                        }
                        v = clippers[k].areaSquareMeters(full);
                    }
                }
                if (v != 0) {
                    if (a == null) {
                        a = new double[nd];
                    }
                    a[k] = v;
                }
            }
            pieces[i] = a;
        });
        List<DiscArea> out = new ArrayList<>();
        for (int k = 0; k < nd; k++) {
            double landArea = 0;
            for (int i = 0; i < nLand; i++) {
                if (pieces[i] != null) {
                    landArea += pieces[i][k];
                }
            }
            double[] inRegion = new double[regions.size()];
            for (int j = 0; j < regions.size(); j++) {
                double[] a = pieces[nLand + j];
                inRegion[j] = a == null ? 0 : a[k];
            }
            out.add(new DiscArea(radiiMeters[k], projectionRadiusMeters, total[k],
                    land == null ? Double.NaN : landArea, inRegion));
        }
        return out;
    }

    /**
     * The areas of one band from those of its two discs: each figure is the outer disc's less the
     * inner one's (a country whose difference is not positive has no area in the band). Whether an
     * edge is closed does not matter to an area.
     *
     * @param inner the disc of the inner edge, null when it is 0
     * @param outer the disc of the outer edge
     * @throws IllegalArgumentException when the discs' radii are not the band's edges
     */
    public BandArea band(BandRule rule, DiscArea inner, DiscArea outer) {
        if (outer.radiusMeters() != rule.outerMeters()
                || (inner == null ? rule.innerMeters() != 0 : inner.radiusMeters() != rule.innerMeters())) {
            throw new IllegalArgumentException("discs of " + (inner == null ? 0 : inner.radiusMeters()) + " and "
                    + outer.radiusMeters() + " m do not bound the band " + rule);
        }
        double total = inner == null ? outer.totalSquareMeters() : outer.totalSquareMeters() - inner.totalSquareMeters();
        double landArea = inner == null ? outer.landSquareMeters() : outer.landSquareMeters() - inner.landSquareMeters();
        List<RegionShare> s = new ArrayList<>();
        for (int k = 0; k < regions.size(); k++) {
            double a = inner == null ? outer.regionSquareMeters(k) : outer.regionSquareMeters(k) - inner.regionSquareMeters(k);
            if (a > 0) {
                Region region = regions.get(k);
                double own = ownArea(region);
                s.add(new RegionShare(region, a, own, Math.min(1.0, a / own)));
            }
        }
        s.sort(Comparator.comparingDouble(RegionShare::areaSquareMeters).reversed()
                .thenComparing(x -> x.region().code()));
        double pop = 0;
        boolean anyPop = false;
        for (RegionShare x : s) {
            if (x.region().population() >= 0) {
                pop += x.region().population() * x.share();
                anyPop = true;
            }
        }
        return new BandArea(rule, total, land == null ? Double.NaN : landArea, List.copyOf(s),
                anyPop || !regions.isEmpty() ? pop : Double.NaN);
    }

    /** Geodesic area of a region's densified boundary (square metres), cached. */
    public double ownArea(Region region) {
        return dense(region.lonLat()).ownAreaSquareMeters();
    }

    /**
     * The site-independent form of a land polygon or country, computed once: a thread asking for
     * one that another thread is computing waits for it (the sites' and the union's areas may run
     * side by side, see {@link CoverageSummary}).
     */
    DenseRegion dense(Geometry lonLat) {
        java.util.concurrent.FutureTask<DenseRegion> task;
        boolean mine = false;
        synchronized (dense) {
            task = dense.get(lonLat);
            if (task == null) {
                task = new java.util.concurrent.FutureTask<>(() -> DenseRegion.of(lonLat, earth, bound));
                dense.put(lonLat, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        boolean interrupted = false; // waits as the computation would have run: the flag is kept, not acted on
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Regions whose area in a disc is settled without projecting them: when the distance bracket
     * of {@link SphereBound} puts every densified vertex of a region well inside the disc, or well
     * outside it, the region's area in it is its own area, or 0, exactly as the clipper would find
     * (the clipper takes the same shortcuts from the projected distances:
     * {@link BandClipper#areaSquareMeters(BandClipper.Projected)}).
     *
     * <p>The clipper decides from the largest vertex distance and from the smallest distance of
     * the projected boundary (its segments included) less 1 m. A plane segment between two
     * vertices at distance ≥ D and at most L apart comes no nearer than √(D² − L²/4) to the
     * site; L is bounded by the longest densified edge times the azimuthal equidistant stretch
     * (below {@value #STRETCH} within {@value #MAX_OUTER_M} m of the site). So a lower bound of
     * the vertex distances beyond the circle plus {@link #segmentMarginMeters} puts the whole boundary
     * beyond it plus 1 m. A region holding the site has distance 0 and is always clipped.
     */
    private static final class Settled {
        /** Beyond this projection radius the shortcut is not taken (the stretch bound would not hold). */
        static final double MAX_OUTER_M = 10_000e3;
        /** Bound of the azimuthal equidistant stretch within {@value #MAX_OUTER_M} m (σ/sin σ ≤ 1.58 there). */
        static final double STRETCH = 2.0;
        /** Fixed part of the segment margin (metres). */
        static final double FIXED_MARGIN_M = 2_000;

        private final GeoPoint site;
        private final SphereBound bound;
        private final double[] siteUnit = new double[3];
        final boolean enabled;

        Settled(GeoPoint site, SphereBound bound, boolean enabled) {
            this.site = site;
            this.bound = bound;
            this.enabled = enabled;
            bound.unitVector(site.latDeg(), site.lonDeg(), siteUnit, 0);
        }

        static double segmentMarginMeters(DenseRegion d) {
            return FIXED_MARGIN_M + STRETCH * d.longestEdgeMeters();
        }

        /** The distance bracket of one region, found once and used for every disc. */
        Bracket bracket(Geometry lonLat, DenseRegion d, BandClipper projector) {
            if (!enabled || d.unitVectors().length == 0) {
                return Bracket.NONE;
            }
            Envelope env = lonLat.getEnvelopeInternal();
            if (env.contains(site.normalizedLonDeg(), site.latDeg())
                    && lonLat.covers(GF.createPoint(new Coordinate(site.normalizedLonDeg(), site.latDeg())))) {
                return Bracket.NONE;
            }
            double[] c2 = new double[2];
            d.chord2Range(siteUnit, c2);
            return new Bracket(projector.keepsWhole(env), c2[0], c2[1], segmentMarginMeters(d));
        }

        /**
         * Whether the pre-clip keeps the region whole, the squared unit-sphere chords from the
         * site to its nearest and farthest densified vertex, and its segment margin; NONE (never
         * settled) for a region holding the site or without vertices, or when the projection radius
         * exceeds {@value #MAX_OUTER_M} m.
         */
        record Bracket(boolean whole, double minChord2, double maxChord2, double marginMeters) {
            static final Bracket NONE = new Bracket(false, Double.NaN, Double.NaN, Double.NaN);

            /**
             * The region's area in the disc of radius {@code r} (metres): its own area, 0, or NaN
             * when not settled (then it is measured on its projection).
             */
            double area(DenseRegion d, double r, Settled s) {
                if (Double.isNaN(minChord2)) {
                    return Double.NaN;
                }
                if (minChord2 >= s.bound.surelyAboveChord2(r + marginMeters)) {
                    return 0; // wholly beyond the circle
                }
                if (whole && maxChord2 <= s.bound.surelyBelowChord2(r)) {
                    return d.ownAreaSquareMeters();
                }
                return Double.NaN;
            }
        }
    }

    /**
     * Areas inside one geodesic disc around a site: what {@link #band} subtracts.
     *
     * <p>Immutable: the per-region areas are kept in a private array and read through
     * {@link #regionSquareMeters(int)}.
     */
    public static final class DiscArea {
        private final double radiusMeters;
        private final double projectionRadiusMeters;
        private final double totalSquareMeters;
        private final double landSquareMeters;
        private final double[] regionSquareMeters;

        DiscArea(double radiusMeters, double projectionRadiusMeters, double totalSquareMeters, double landSquareMeters,
                 double[] regionSquareMeters) {
            this.radiusMeters = radiusMeters;
            this.projectionRadiusMeters = projectionRadiusMeters;
            this.totalSquareMeters = totalSquareMeters;
            this.landSquareMeters = landSquareMeters;
            this.regionSquareMeters = regionSquareMeters;
        }

        /** The disc's radius (metres). */
        public double radiusMeters() {
            return radiusMeters;
        }

        /** The projection radius it was measured with (metres), see {@link BandAreas#discs}. */
        public double projectionRadiusMeters() {
            return projectionRadiusMeters;
        }

        /** Exact area of the disc on the ellipsoid (square metres). */
        public double totalSquareMeters() {
            return totalSquareMeters;
        }

        /** Land inside the disc (square metres), NaN without a land layer. */
        public double landSquareMeters() {
            return landSquareMeters;
        }

        /** Area of region {@code k} (in the calculator's region order) inside the disc (square metres). */
        public double regionSquareMeters(int k) {
            return regionSquareMeters[k];
        }
    }

    /**
     * Areas in one band.
     *
     * @param band the band
     * @param totalSquareMeters exact area of the band on the ellipsoid (square metres)
     * @param landSquareMeters land inside the band (square metres), NaN without a land layer
     * @param regions countries with area in the band, largest first
     * @param populationByAreaShare Σ population × share (persons, fractional), see {@link #POPULATION_BY_AREA_SHARE}
     */
    public record BandArea(BandRule band, double totalSquareMeters, double landSquareMeters,
                           List<RegionShare> regions, double populationByAreaShare) {
    }

    /**
     * One country's part of a band.
     *
     * @param region the country
     * @param areaSquareMeters its area inside the band (square metres)
     * @param ownAreaSquareMeters its whole area (square metres)
     * @param share areaSquareMeters / ownAreaSquareMeters, in [0, 1]
     */
    public record RegionShare(Region region, double areaSquareMeters, double ownAreaSquareMeters, double share) {
    }
}
