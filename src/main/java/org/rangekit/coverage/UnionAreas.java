package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Ring;

/**
 * Areas of the union of several sites' discs of one radius: total, land and area-share
 * population; the band of a union (targets whose nearest site lies in [r₁, r₂]) is the union of
 * the r₂ discs minus the union of the r₁ discs.
 *
 * <h2>Algorithm</h2>
 * Each disc is taken as its lon/lat polygon ({@link RingPolygons#disc}, traced to
 * {@value #DISC_TOLERANCE_M} m, cut at ±180° and closed at the poles); the polygons are united
 * and intersected with the densified land and country polygons in lon/lat (JTS overlay, planar
 * in lon/lat, where all these polygons are valid); the results are measured geodesically
 * ({@link GeodesicAreas#areaSquareMeters}). A stretch of a disc's ring that lies deeper than 30 km
 * inside another disc is traced coarsely ({@link RingPolygons#disc(Ring, double, RingPolygons.Interior)}):
 * the union's boundary never runs there, and it comes out with the same vertices (to 1e-11°,
 * {@code UnionTracingTest}). The pieces are bounded mostly by the union's own edges:
 * each of those is solved once, for the union's area, and its term is read back for every piece it
 * bounds ({@link EdgeTerms}; the same doubles).
 *
 * <h2>Accuracy</h2>
 * The union's boundary is within {@value #DISC_TOLERANCE_M} m of the true rings, so areas carry an
 * error below that distance times the boundary length (≈ 3.5 km² for one 5,500 km disc, 5·10⁻⁸ of its
 * area); tested against the exact disc area.
 */
public final class UnionAreas {

    /** Tracing tolerance of the disc polygons (metres). */
    public static final double DISC_TOLERANCE_M = 0.1;

    private final EarthModel earth;
    private final Geometry land;
    private final List<Region> regions;
    private final BandAreas own;

    public UnionAreas(EarthModel earth, Geometry land, List<Region> regions) {
        this(new BandAreas(earth, land, regions));
    }

    /**
     * Union areas over the earth, land and countries of {@code own}, sharing its densified
     * polygons and own areas (a summary densifies and measures each polygon once for the sites
     * and the union).
     */
    UnionAreas(BandAreas own) {
        this.earth = own.earth();
        this.land = own.land();
        this.regions = own.regions();
        this.own = own;
    }

    /** Areas of the union of the discs of radius {@code radiusMeters} around the sites. */
    public Areas discs(List<GeoPoint> sites, double radiusMeters) {
        // Traced side by side, united in the order of the sites. A stretch of one disc's ring deep
        // inside another disc is not refined: the union's boundary never runs there.
        List<Geometry> discs = IntStream.range(0, sites.size()).parallel()
                .mapToObj(i -> RingPolygons.disc(new Ring(sites.get(i), radiusMeters, earth), DISC_TOLERANCE_M,
                        insideOthers(earth, sites, i, radiusMeters)))
                .toList();
        Geometry union = xyOnly(UnaryUnionOp.union(discs));
        Geometry unionPolygons = polygons(union);
        // The union's edges are solved once, for its area and for the pieces they bound.
        EdgeTerms terms = EdgeTerms.of(unionPolygons, earth.geodesic());
        double total = GeodesicAreas.areaSquareMeters(unionPolygons, terms.own(), earth);
        // Each polygon is intersected on its own, in parallel; sums in input order (the same
        // doubles as a sequential loop).
        int nLand = land == null ? 0 : land.getNumGeometries();
        double[] inside = new double[nLand + regions.size()];
        double[] share = new double[regions.size()];
        BandClipper.cacheEnvelopes(union); // computed once here, then only read by the threads
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(union);
        prepared.intersects(union.getFactory().createPoint(union.getCoordinate())); // builds its indexes here
        IntStream.range(0, inside.length).parallel().forEach(i -> {
            if (i < nLand) {
                inside[i] = inside(land.getGeometryN(i), union, prepared, terms);
                return;
            }
            Region r = regions.get(i - nLand);
            if (r.population() > 0) {
                double a = inside(r.lonLat(), union, prepared, terms);
                inside[i] = a;
                if (a > 0) {
                    share[i - nLand] = Math.min(1.0, a / own.ownArea(r));
                }
            }
        });
        double landArea = Double.NaN;
        if (land != null) {
            landArea = 0;
            for (int i = 0; i < nLand; i++) {
                landArea += inside[i];
            }
        }
        double pop = 0;
        for (int k = 0; k < regions.size(); k++) {
            Region r = regions.get(k);
            if (r.population() > 0 && inside[nLand + k] > 0) {
                pop += r.population() * share[k];
            }
        }
        return new Areas(total, landArea, pop);
    }

    /**
     * The inside of the discs of radius {@code r} around the sites other than {@code i}, less
     * {@link RingPolygons.Interior#MAX_REACH_M} + 10 km: its depth at a point is the largest
     * r − that margin − aσ over those sites, aσ ≥ the geodesic distance ({@link SphereBound}),
     * less 1 mm for rounding; null when there is no other site.
     */
    static RingPolygons.Interior insideOthers(EarthModel earth, List<GeoPoint> sites, int i, double r) {
        SphereBound bound = new SphereBound(earth);
        List<GeoPoint> others = new ArrayList<>();
        for (int j = 0; j < sites.size(); j++) {
            if (j != i && !sites.get(j).equals(sites.get(i))) {
                others.add(sites.get(j));
            }
        }
        if (others.isEmpty()) {
            return null;
        }
        double[] u = new double[3 * others.size()];
        for (int j = 0; j < others.size(); j++) {
            bound.unitVector(others.get(j).latDeg(), others.get(j).lonDeg(), u, 3 * j);
        }
        double a = bound.sphereRadiusMeters();
        double depth = r - RingPolygons.Interior.MAX_REACH_M - 10e3 - 1e-3;
        return (lat, lon) -> {
            double[] p = new double[3];
            bound.unitVector(lat, lon, p, 0);
            double best = 4;
            for (int k = 0; k < u.length; k += 3) {
                double dx = p[0] - u[k];
                double dy = p[1] - u[k + 1];
                double dz = p[2] - u[k + 2];
                best = Math.min(best, dx * dx + dy * dy + dz * dz);
            }
            double sigma = 2 * Math.asin(Math.min(1.0, 0.5 * Math.sqrt(best)));
            return depth - a * sigma;
        };
    }

    /**
     * Area of a land polygon or country inside the union. The prepared union settles the two
     * common cases without an overlay: a polygon wholly inside is its own densified area (the
     * overlay would return the same polygon), one apart from it is 0. The pieces' edges that are
     * the union's take their area terms from {@code terms}.
     */
    private double inside(Geometry lonLat, Geometry union, PreparedGeometry prepared, EdgeTerms terms) {
        if (!lonLat.getEnvelopeInternal().intersects(union.getEnvelopeInternal())) {
            return 0;
        }
        DenseRegion d = own.dense(lonLat);
        if (prepared.contains(d.dense())) {
            return d.ownAreaSquareMeters();
        }
        if (!prepared.intersects(d.dense())) {
            return 0;
        }
        Geometry pieces = polygons(OverlayNGRobust.overlay(d.dense(), union, OverlayNG.INTERSECTION));
        return GeodesicAreas.areaSquareMeters(pieces, terms.of(pieces), earth);
    }

    /**
     * The same geometry with two-dimensional coordinate sequences. Every overlay first scans both
     * inputs for Z values (JTS's elevation model) and stops at the first sequence without Z: with
     * these, the large union is not walked vertex by vertex for each polygon it is intersected
     * with. Same x and y, so the same overlays and areas.
     */
    private static Geometry xyOnly(Geometry g) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                Coordinate[] xy = new Coordinate[coords.size()];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = new CoordinateXY(coords.getX(i), coords.getY(i));
                }
                return new CoordinateArraySequence(xy, 2, 0);
            }
        }.transform(g);
    }

    /** The non-empty polygons of {@code g} as one MultiPolygon (what the areas are summed over). */
    static Geometry polygons(Geometry g) {
        List<Polygon> ps = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                ps.add(p);
            }
        }
        return g.getFactory().createMultiPolygon(ps.toArray(new Polygon[0]));
    }

    /**
     * Areas of a union.
     *
     * @param totalSquareMeters area of the union (square metres)
     * @param landSquareMeters land inside it (square metres), NaN without land
     * @param populationByAreaShare Σ country population × share of its area inside
     */
    public record Areas(double totalSquareMeters, double landSquareMeters, double populationByAreaShare) {
    }
}
