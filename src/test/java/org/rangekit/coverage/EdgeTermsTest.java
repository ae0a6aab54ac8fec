package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.range.Ring;

/**
 * The terms an {@link EdgeTerms} table gives are the S12 GeographicLib solves for the same edge
 * (0 ulp), whether the edge is in the table or not, and the areas summed from them are the doubles
 * of {@link GeodesicAreas#areaSquareMeters(Geometry, EarthModel)}.
 */
class EdgeTermsTest {

    /** Disc tracing tolerance for these tests (metres): coarser than the union's 0.1 m, for speed. */
    static final double TRACE_TOL_M = 20;

    @Test
    @Slow
    void unionsOfRandomDiscsAndTheirLandPiecesGetTheSolvedTerms() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        List<Geometry> land = new ArrayList<>();
        Geometry l = EmbeddedData.land(Scale.S110M);
        for (int i = 0; i < l.getNumGeometries(); i++) {
            land.add(GeodesicAreas.densify(l.getGeometryN(i)));
        }
        int found = 0;
        int pieceEdges = 0;
        for (EarthModel earth : new EarthModel[] {EarthModel.WGS84, EarthModel.SPHERE}) {
            for (int t = 0; t < 9; t++) {
                List<Geometry> discs = new ArrayList<>();
                int n = rnd.nextInt(1, 4);
                // Near a pole, near ±180°, or anywhere; radii from 100 to 6,000 km.
                int kind = t % 3;
                for (int i = 0; i < n; i++) {
                    double lat = kind == 0 ? Math.copySign(rnd.nextDouble(80, 89.9), rnd.nextDouble(-1, 1))
                            : rnd.nextDouble(-70, 70);
                    double lon = kind == 1 ? 180 - rnd.nextDouble(-3, 3) : rnd.nextDouble(-180, 180);
                    lon = lon > 180 ? lon - 360 : lon;
                    double r = rnd.nextDouble(100e3, 6000e3);
                    discs.add(RingPolygons.disc(new Ring(GeoPoint.of(lat, lon), r, earth), TRACE_TOL_M));
                }
                Geometry union = UnionAreas.polygons(UnaryUnionOp.union(discs));
                Geodesic g = earth.geodesic();
                EdgeTerms terms = EdgeTerms.of(union, g);
                assertSolved(union, terms.own(), g, earth + " union " + t);
                assertSame(GeodesicAreas.areaSquareMeters(union, earth),
                        GeodesicAreas.areaSquareMeters(union, terms.own(), earth), earth + " union area " + t);
                // Edges in the other direction are not the table's: solved anew.
                Geometry reversed = union.reverse();
                assertSolved(reversed, terms.of(reversed), g, earth + " reversed union " + t);
                for (Geometry dense : land) {
                    if (!dense.getEnvelopeInternal().intersects(union.getEnvelopeInternal())) {
                        continue;
                    }
                    Geometry pieces = UnionAreas.polygons(OverlayNGRobust.overlay(dense, union, OverlayNG.INTERSECTION));
                    double[] s12 = terms.of(pieces);
                    assertSolved(pieces, s12, g, earth + " pieces " + t);
                    assertSame(GeodesicAreas.areaSquareMeters(pieces, earth),
                            GeodesicAreas.areaSquareMeters(pieces, s12, earth), earth + " pieces area " + t);
                    // The table holds exactly the piece edges that are union edges in the same direction.
                    java.util.Set<List<Double>> unionEdges = new java.util.HashSet<>();
                    forEachEdge(union, (a, b) -> unionEdges.add(List.of(a.x, a.y, b.x, b.y)));
                    int[] counts = new int[2];
                    String where = earth + " pieces " + t;
                    forEachEdge(pieces, (a, b) -> {
                        boolean isUnions = unionEdges.contains(List.of(a.x, a.y, b.x, b.y));
                        assertEquals(isUnions, terms.holds(a, b), where + ", edge " + a + " → " + b);
                        counts[0] += isUnions ? 1 : 0;
                        counts[1]++;
                    });
                    found += counts[0];
                    pieceEdges += counts[1];
                }
            }
        }
        // The pieces do run along the union's edges (coarse discs here: few of them).
        assertTrue(found > pieceEdges / 100, found + " of " + pieceEdges + " piece edges are union edges");
    }

    @Test
    void anEdgeTwiceInTheTableAndTheClosingEdgeAreFound() {
        Geodesic g = EarthModel.WGS84.geodesic();
        // Two squares sharing the edge (1, 0) → (1, 1) in opposite directions, and a third copy of
        // the first: the same directed edge stored twice keeps one term.
        Geometry squares = new org.locationtech.jts.geom.GeometryFactory().createMultiPolygon(new Polygon[] {
            square(0, 0), square(1, 0), square(0, 0)});
        EdgeTerms terms = EdgeTerms.of(squares, g);
        assertSolved(squares, terms.own(), g, "squares");
        Geometry one = square(1, 0);
        assertSolved(one, terms.of(one), g, "one square");
        int[] counts = countFound(one, terms);
        assertEquals(4, counts[0], "every edge of the second square, the closing one included");
        Geometry reversed = one.reverse();
        assertEquals(1, countFound(reversed, terms)[0], "only the shared edge, which the first square runs the other way");
    }

    private static Polygon square(double x, double y) {
        return new org.locationtech.jts.geom.GeometryFactory().createPolygon(new Coordinate[] {
            new Coordinate(x, y), new Coordinate(x + 1, y), new Coordinate(x + 1, y + 1),
            new Coordinate(x, y + 1), new Coordinate(x, y)});
    }

    /** Every edge's term is the S12 of GeographicLib's inverse problem for it, to the bit. */
    private static void assertSolved(Geometry polygons, double[] s12, Geodesic g, String what) {
        int k = 0;
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygons.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int c = 0; c + 1 < cs.length; c++) {
                    double expected = g.Inverse(cs[c].y, cs[c].x, cs[c + 1].y, cs[c + 1].x, GeodesicMask.AREA).S12;
                    assertSame(expected, s12[k + c], what + ", ring " + r + ", edge " + c);
                }
                k += cs.length;
            }
        }
        assertEquals(polygons.getNumPoints(), s12.length, what);
    }

    private static void assertSame(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": " + expected + " vs " + actual);
    }

    /** {piece edges the table holds, all piece edges}. */
    private static int[] countFound(Geometry pieces, EdgeTerms terms) {
        int[] n = new int[2];
        forEachEdge(pieces, (a, b) -> {
            n[1]++;
            if (terms.holds(a, b)) {
                n[0]++;
            }
        });
        return n;
    }

    private static void forEachEdge(Geometry polygons, java.util.function.BiConsumer<Coordinate, Coordinate> edge) {
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygons.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int c = 0; c + 1 < cs.length; c++) {
                    edge.accept(cs[c], cs[c + 1]);
                }
            }
        }
    }
}
