package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Band;

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
     * Areas of every band of {@code scheme} around {@code site}, in band order.
     */
    public List<BandArea> compute(GeoPoint site, BandScheme scheme) {
        int nb = scheme.size();
        BandClipper projector = new BandClipper(site, 0, scheme.maxOuterMeters(), earth);
        BandClipper[] clippers = new BandClipper[nb];
        double[] total = new double[nb];
        double[] landArea = new double[nb];
        // The circles of the site's bands, each shared by the bands it bounds (see BoundaryArea).
        Map<Double, RingChords> circles = new java.util.HashMap<>();
        java.util.function.DoubleFunction<RingChords> circle = radius -> circles.computeIfAbsent(radius,
                k -> new RingChords(projector.frame(), earth.geodesic(), k));
        for (int b = 0; b < nb; b++) {
            BandRule r = scheme.band(b);
            total[b] = RingPolygons.bandAreaSquareMeters(new Band(site, r.innerMeters(), r.outerMeters(), earth));
            clippers[b] = new BandClipper(site, r.innerMeters(), r.outerMeters(), earth, circle, total[b]);
        }
        // Every land polygon and country is clipped on its own, in parallel; the areas are then
        // summed in input order, so the totals are the same doubles as a sequential loop gives.
        int nLand = land == null ? 0 : land.getNumGeometries();
        double[][] pieces = new double[nLand + regions.size()][];
        double[] own = new double[regions.size()];
        Settled settled = new Settled(site, scheme, bound);
        IntStream.range(0, pieces.length).parallel().forEach(i -> {
            Geometry g = i < nLand ? land.getGeometryN(i) : regions.get(i - nLand).lonLat();
            if (!projector.boxesIntersect(g.getEnvelopeInternal())) {
                return; // as project(g) == null: nothing of it within the outer radius
            }
            DenseRegion d = dense(g);
            double[] a = settled.areas(g, d, projector);
            if (a == null) {
                BandClipper.Projected p = projector.project(g, d);
                if (p == null) {
                    return;
                }
                a = new double[nb];
                for (int b = 0; b < nb; b++) {
                    a[b] = clippers[b].areaSquareMeters(p);
                }
            }
            if (i >= nLand) {
                own[i - nLand] = ownArea(regions.get(i - nLand));
            }
            pieces[i] = a;
        });
        for (int i = 0; i < nLand; i++) {
            for (int b = 0; b < nb && pieces[i] != null; b++) {
                landArea[b] += pieces[i][b];
            }
        }
        List<List<RegionShare>> shares = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            shares.add(new ArrayList<>());
        }
        for (int k = 0; k < regions.size(); k++) {
            double[] a = pieces[nLand + k];
            if (a == null) {
                continue;
            }
            Region region = regions.get(k);
            for (int b = 0; b < nb; b++) {
                if (a[b] > 0) {
                    shares.get(b).add(new RegionShare(region, a[b], own[k], Math.min(1.0, a[b] / own[k])));
                }
            }
        }
        List<BandArea> out = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            List<RegionShare> s = shares.get(b);
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
            out.add(new BandArea(scheme.band(b), total[b], land == null ? Double.NaN : landArea[b],
                    List.copyOf(s), anyPop || !regions.isEmpty() ? pop : Double.NaN));
        }
        return out;
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
     * Regions whose band is settled without projecting them: when the distance bracket of
     * {@link SphereBound} puts every densified vertex of a region well inside one band, or well
     * away from a band, the region's area in that band is its own area, or 0, exactly as the
     * clipper would find (the clipper takes the same shortcuts from the projected distances:
     * {@link BandClipper#areaSquareMeters(BandClipper.Projected)}).
     *
     * <p>The clipper decides from the largest vertex distance and from the smallest distance of
     * the projected boundary (its segments included) less 1 m. A plane segment between two
     * vertices at distance ≥ D and at most L apart comes no nearer than √(D² − L²/4) to the
     * site; L is bounded by the longest densified edge times the azimuthal equidistant stretch
     * (below {@value #STRETCH} within {@value #MAX_OUTER_M} m of the site). So a lower bound of
     * the vertex distances beyond an edge plus {@link #segmentMarginMeters} puts the whole boundary
     * beyond the edge plus 1 m. A region holding the site has distance 0 and is always clipped.
     */
    private static final class Settled {
        /** Beyond this outer radius the shortcut is not taken (the stretch bound would not hold). */
        static final double MAX_OUTER_M = 10_000e3;
        /** Bound of the azimuthal equidistant stretch within {@value #MAX_OUTER_M} m (σ/sin σ ≤ 1.58 there). */
        static final double STRETCH = 2.0;
        /** Fixed part of the segment margin (metres). */
        static final double FIXED_MARGIN_M = 2_000;

        private final GeoPoint site;
        private final BandScheme scheme;
        private final SphereBound bound;
        private final double[] siteUnit = new double[3];
        private final boolean enabled;

        Settled(GeoPoint site, BandScheme scheme, SphereBound bound) {
            this.site = site;
            this.scheme = scheme;
            this.bound = bound;
            this.enabled = scheme.maxOuterMeters() <= MAX_OUTER_M;
            bound.unitVector(site.latDeg(), site.lonDeg(), siteUnit, 0);
        }

        static double segmentMarginMeters(DenseRegion d) {
            return FIXED_MARGIN_M + STRETCH * d.longestEdgeMeters();
        }

        /** The areas per band when every band is settled, else null (then the region is clipped). */
        double[] areas(Geometry lonLat, DenseRegion d, BandClipper projector) {
            if (!enabled || d.unitVectors().length == 0) {
                return null;
            }
            Envelope env = lonLat.getEnvelopeInternal();
            if (env.contains(site.normalizedLonDeg(), site.latDeg())
                    && lonLat.covers(GF.createPoint(new Coordinate(site.normalizedLonDeg(), site.latDeg())))) {
                return null;
            }
            boolean whole = projector.keepsWhole(env);
            double[] c2 = new double[2];
            d.chord2Range(siteUnit, c2);
            double margin = segmentMarginMeters(d);
            int nb = scheme.size();
            double[] a = new double[nb];
            for (int b = 0; b < nb; b++) {
                BandRule r = scheme.band(b);
                if (c2[1] <= bound.surelyBelowChord2(r.innerMeters())
                        || c2[0] >= bound.surelyAboveChord2(r.outerMeters() + margin)) {
                    a[b] = 0; // wholly nearer than the inner edge, or wholly beyond the outer one
                } else if (whole && c2[1] <= bound.surelyBelowChord2(r.outerMeters())
                        && (r.innerMeters() == 0 || c2[0] >= bound.surelyAboveChord2(r.innerMeters() + margin))) {
                    a[b] = d.ownAreaSquareMeters();
                } else {
                    return null;
                }
            }
            return a;
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
