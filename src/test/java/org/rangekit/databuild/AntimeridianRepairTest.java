package org.rangekit.databuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.rangekit.geometry.AntimeridianRepair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The pure Java part of the data build on small spherical TopoJSON fixtures (fixture.topojson,
 * written by make-fixture.py next to it): no network, no source packages.
 */
class AntimeridianRepairTest {

    /**
     * Symmetric-difference area allowed between result and expectation (square degrees): the
     * fixture's latitudes are quantized in steps of 0.001° that are not exact binary fractions, and
     * the result is snapped to the 1e-6° grid, so edges move by ~1e-6° over lengths of ~360°.
     */
    static final double AREA_TOL_DEG2 = 1e-3;

    private static TopoJson fixture;
    private static final GeometryFactory GF = new GeometryFactory();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AntimeridianRepairTest.class.getResourceAsStream("fixture.topojson")) {
            fixture = TopoJson.read(in);
        }
    }

    static Geometry repaired(String object) {
        TopoJson.Item item = fixture.items(object).get(0);
        return new AntimeridianRepair().polygons(item.polygons());
    }

    static void assertSameRegion(String wkt, Geometry actual) throws ParseException {
        Geometry expected = new WKTReader(GF).read(wkt);
        double diff = expected.symDifference(actual).getArea();
        assertTrue(diff < AREA_TOL_DEG2, "symmetric difference " + diff + " deg²: expected " + wkt + ", got " + actual);
    }

    static void assertValidFlatCcw(Geometry g) {
        IsValidOp op = new IsValidOp(g);
        assertTrue(op.isValid(), () -> op.getValidationError() + " in " + g);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), "shell CCW");
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                assertFalse(Orientation.isCCW(p.getInteriorRingN(h).getCoordinates()), "hole CW");
            }
        }
        for (Coordinate c : g.getCoordinates()) {
            assertTrue(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90, "in range: " + c);
            assertEquals(Math.round(c.x * 1e6) / 1e6, c.x, 0.0, "on the 1e-6 grid: " + c);
            assertEquals(Math.round(c.y * 1e6) / 1e6, c.y, 0.0, "on the 1e-6 grid: " + c);
        }
    }

    @Test
    void ringAcrossTheAntimeridianIsCutIntoTwoPartsWithInterpolatedCrossing() throws ParseException {
        Geometry g = repaired("russia");
        assertValidFlatCcw(g);
        assertEquals(2, g.getNumGeometries());
        assertSameRegion("MULTIPOLYGON (((170 60, 180 62, 180 70, 170 70, 170 60)),"
                + " ((-180 62, -170 64, -170 70, -180 70, -180 62)))", g);
        // The crossing vertex sits exactly on ±180 at the interpolated latitude 62.
        List<Coordinate> cs = List.of(g.getCoordinates());
        assertTrue(cs.stream().anyMatch(c -> c.x == 180.0 && Math.abs(c.y - 62) < 1e-6), "vertex (180, 62)");
        assertTrue(cs.stream().anyMatch(c -> c.x == -180.0 && Math.abs(c.y - 62) < 1e-6), "vertex (-180, 62)");
    }

    @Test
    void ringAroundTheSouthPoleIsClosedAlongThePoleLine() throws ParseException {
        Geometry g = repaired("antarctica");
        assertValidFlatCcw(g);
        assertSameRegion("POLYGON ((-180 -90, 180 -90, 180 -75, 120 -75, 0 -70, -120 -75, -180 -75, -180 -90))", g);
        assertTrue(g.contains(GF.createPoint(new Coordinate(0, -89.9))));
        assertTrue(g.contains(GF.createPoint(new Coordinate(100, -85))));
        assertFalse(g.contains(GF.createPoint(new Coordinate(0, -60))));
    }

    @Test
    void fiftyMetreStylePoleArtefactRingIsDroppedSoLandReachesThePole() throws ParseException {
        Geometry g = repaired("annulus");
        assertValidFlatCcw(g);
        assertSameRegion("POLYGON ((-180 -90, 180 -90, 180 -75, 120 -75, 0 -70, -120 -75, -180 -75, -180 -90))", g);
    }

    @Test
    void collinearVertexRemovalKeepsPoleRingsAndCrossingsIntact() throws IOException, ParseException {
        // The build reads with a 1e-9° collinear tolerance; a ring along the -89.999° parallel must
        // stay a ring around the pole (then dropped as the artefact), not collapse to a segment.
        TopoJson simplified;
        try (InputStream in = AntimeridianRepairTest.class.getResourceAsStream("fixture.topojson")) {
            simplified = TopoJson.read(in, 1e-9);
        }
        AntimeridianRepair r = new AntimeridianRepair();
        Geometry g = r.polygons(simplified.items("annulus").get(0).polygons());
        assertEquals(1, r.poleArtefactCount());
        assertEquals(0, r.droppedCount());
        assertSameRegion("POLYGON ((-180 -90, 180 -90, 180 -75, 120 -75, 0 -70, -120 -75, -180 -75, -180 -90))", g);
        assertSameRegion(repaired("russia").toText(),
                new AntimeridianRepair().polygons(simplified.items("russia").get(0).polygons()));
    }

    @Test
    void douglasPeuckerDropsOnlyCollinearVerticesAndNeverSpansMoreThan90Degrees() {
        Coordinate[] line = {new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(2, 0),
            new Coordinate(2, 1), new Coordinate(100, 1), new Coordinate(179, 1), new Coordinate(-179, 1)};
        Coordinate[] out = TopoJson.douglasPeucker(line, 1e-9);
        assertEquals(List.of(new Coordinate(0, 0), new Coordinate(2, 0), new Coordinate(2, 1),
                new Coordinate(100, 1), new Coordinate(-179, 1)), List.of(out));
    }

    @Test
    void holeAcrossTheAntimeridianIsCutWithItsShell() throws ParseException {
        Geometry g = repaired("holed");
        assertValidFlatCcw(g);
        assertSameRegion("MULTIPOLYGON (((170 -20, 180 -20, 180 -16, 178 -16, 178 -14, 180 -14, 180 -10, 170 -10, 170 -20)),"
                + " ((-180 -20, -170 -20, -170 -10, -180 -10, -180 -14, -178 -14, -178 -16, -180 -16, -180 -20)))", g);
    }

    @Test
    void sharedArcsAreDecodedAndReversed() throws ParseException {
        Geometry left = repaired("left");
        Geometry right = repaired("right");
        assertValidFlatCcw(left);
        assertValidFlatCcw(right);
        assertSameRegion("POLYGON ((0 10, 10 10, 10 20, 0 20, 0 10))", left);
        assertSameRegion("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))", right);
        // Neighbours share their border exactly: they touch along it and do not overlap.
        assertEquals(0.0, left.intersection(right).getArea(), 0.0);
        assertEquals(10.0, left.intersection(right).getLength(), 1e-6);
    }

    @Test
    void lineAcrossTheAntimeridianIsSplitAtInterpolatedCrossings() throws ParseException {
        Geometry g = new AntimeridianRepair().lines(fixture.items("coast").get(0).lines());
        assertEquals(3, g.getNumGeometries());
        Geometry expected = new WKTReader(GF).read("MULTILINESTRING ((175 50, 180 51),"
                + " (-180 51, -175 52, -170 54, -180 55.333333), (180 55.333333, 175 56))");
        assertTrue(expected.buffer(1e-4).contains(g) && g.buffer(1e-4).contains(expected), "got " + g);
        for (Coordinate c : g.getCoordinates()) {
            assertTrue(c.x >= -180 && c.x <= 180, "in range: " + c);
        }
    }

    @Test
    void deltaDecodingRestoresQuantizedPositions() {
        Coordinate[] ring = fixture.items("russia").get(0).polygons().get(0).get(0);
        assertEquals(new Coordinate(170, 60), new Coordinate(ring[0].x, Math.rint(ring[0].y * 1e6) / 1e6));
        assertEquals(-170.0, ring[1].x, 0.0);
        assertEquals(64.0, ring[1].y, 1e-9);
        assertTrue(ring[0].equals2D(ring[ring.length - 1]), "closed");
    }

    @Test
    void collapsedRingsAreDroppedAndCounted() {
        AntimeridianRepair r = new AntimeridianRepair();
        Coordinate[] sliver = {new Coordinate(1, 1), new Coordinate(1, 2), new Coordinate(1, 1)};
        List<Coordinate[]> rings = List.<Coordinate[]>of(sliver);
        Geometry g = r.polygons(List.of(rings));
        assertTrue(g.isEmpty());
        assertEquals(1, r.droppedCount());
    }
}
