package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;
import org.rangekit.range.Site;

/**
 * Engine and writer together, over the whole globe: what a GIS reader gets from the file must
 * still be valid, right-hand oriented, inside [−180, 180] × [−90, 90], and contain the centre,
 * after rounding to 7 decimals. Seeded, so a failure reproduces.
 */
@Slow
class GeoJsonRoundTripTest {

    static final long SEED = 20261129L;
    static final int CASES = 400;
    static final GeometryFactory GF = new GeometryFactory();

    @Test
    void writtenRingsStayValidAcrossTheGlobe() throws IOException {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            GeoPoint c = centre(rnd, i);
            EarthModel earth = i % 5 == 0 ? EarthModel.SPHERE : EarthModel.WGS84;
            double max = RingPolygons.maxRadiusMeters(c, earth);
            double outer = Math.min(radius(rnd), max * 0.999);
            boolean band = i % 3 == 0 && outer > 2;
            Geometry g;
            if (band) {
                double inner = outer * (0.2 + 0.6 * rnd.nextDouble());
                g = RingPolygons.band(new Band(c, inner, outer, earth), RingPolygons.DEFAULT_TOLERANCE_M);
            } else {
                g = RingPolygons.disc(new Ring(c, outer, earth), RingPolygons.DEFAULT_TOLERANCE_M);
            }
            String what = "case " + i + ": centre " + c + " radius " + outer + " m" + (band ? " (band)" : "");
            try {
                check(g, c, what, band);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void check(Geometry g, GeoPoint c, String what, boolean band) throws IOException {
        Site site = new Site("x", "x", c, "test", 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonWriter.write(out, List.of(RingFeatures.of(g, site, 0, 1, "l", "c", 1, EarthModel.WGS84)));
        JsonNode f = new ObjectMapper().readTree(out.toByteArray()).get("features").get(0);
        Geometry read = read(f.get("geometry"));
        assertTrue(IsValidOp.isValid(read), what + ": invalid after writing: " + new IsValidOp(read).getValidationError());
        for (int k = 0; k < read.getNumGeometries(); k++) {
            Polygon p = (Polygon) read.getGeometryN(k);
            assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), what + ": exterior not CCW");
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                assertTrue(!Orientation.isCCW(p.getInteriorRingN(h).getCoordinates()), what + ": hole not CW");
            }
        }
        for (Coordinate x : read.getCoordinates()) {
            assertTrue(x.x >= -180 && x.x <= 180 && x.y >= -90 && x.y <= 90, what + ": position " + x);
        }
        if (!band) {
            assertTrue(read.covers(GF.createPoint(new Coordinate(c.lonDeg(), c.latDeg()))), what + ": centre outside");
        }
        JsonNode b = f.get("bbox");
        assertTrue(b.get(1).asDouble() <= b.get(3).asDouble(), what + ": bbox south > north " + b);
    }

    private static GeoPoint centre(SplittableRandom rnd, int i) {
        return switch (i % 8) {
            case 0 -> new GeoPoint(90, rnd.nextDouble(-180, 180));
            case 1 -> new GeoPoint(-90, 0);
            case 2 -> new GeoPoint(rnd.nextDouble(-89, 89), 180);
            case 3 -> new GeoPoint(rnd.nextDouble(-89, 89), -180);
            case 4 -> new GeoPoint(0, rnd.nextDouble(-180, 180));
            default -> new GeoPoint(Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1))), rnd.nextDouble(-180, 180));
        };
    }

    /** Radii log-uniform from 1 m to 19,000 km. */
    private static double radius(SplittableRandom rnd) {
        return Math.exp(rnd.nextDouble(0, Math.log(19e6)));
    }

    private static Geometry read(JsonNode geometry) {
        JsonNode c = geometry.get("coordinates");
        if (geometry.get("type").asText().equals("Polygon")) {
            return polygon(c);
        }
        Polygon[] ps = new Polygon[c.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = polygon(c.get(i));
        }
        return GF.createMultiPolygon(ps);
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GF.createPolygon(ring(rings.get(0)), holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return GF.createLinearRing(cs);
    }
}
