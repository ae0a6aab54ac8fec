package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Ring;
import org.rangekit.range.Site;

/**
 * What survives the file: positions written with 7 decimals (RFC 7946 §11.2 advises against
 * more) are quantised to 1e-7°, about 1.1 cm of latitude. The rings in the file therefore keep
 * every vertex within {@link #FILE_VERTEX_TOL_M} of the exact ring, and every edge within the
 * tolerance plus that.
 */
class GeoJsonVertexPrecisionTest {

    /** Half a 1e-7° quantum in latitude (5.6 mm) and in longitude (≤ 5.6 mm): at most 7.9 mm off. */
    static final double FILE_VERTEX_TOL_M = 0.008;

    @Test
    void writtenVerticesStayOnTheRing() throws IOException {
        GeoPoint[] centres = {GeoPoint.of(48.58175, 45.74481), GeoPoint.of(53.06393, 158.62751),
            GeoPoint.of(90, 0), GeoPoint.of(-90, 0), GeoPoint.of(0, 180), GeoPoint.of(-77.85, 166.67)};
        double[] radii = {1, 480e3, 5_500e3, 19_000e3};
        for (GeoPoint c : centres) {
            for (double r : radii) {
                Ring ring = new Ring(c, r, EarthModel.WGS84);
                Geometry g = RingPolygons.disc(ring, RingPolygons.DEFAULT_TOLERANCE_M);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                GeoJsonWriter.write(out, List.of(RingFeatures.of(g, new Site("x", "x", c, "", 0), 0, r / 1000,
                        "l", "c", 1, EarthModel.WGS84)));
                JsonNode geom = new ObjectMapper().readTree(out.toByteArray()).get("features").get(0).get("geometry");
                double[] worst = {0, 0};
                visit(geom.get("coordinates"), ring, worst);
                assertTrue(worst[0] <= FILE_VERTEX_TOL_M, ring + ": a written vertex is " + worst[0] + " m off the ring");
                assertTrue(worst[1] <= RingPolygons.DEFAULT_TOLERANCE_M + FILE_VERTEX_TOL_M,
                        ring + ": a written edge is " + worst[1] + " m off the ring");
            }
        }
    }

    /** Walks nested coordinate arrays down to linear rings. */
    private static void visit(JsonNode node, Ring ring, double[] worst) {
        if (node.get(0).get(0).isNumber()) {
            for (int i = 0; i + 1 < node.size(); i++) {
                double lon = node.get(i).get(0).asDouble(), lat = node.get(i).get(1).asDouble();
                double lon2 = node.get(i + 1).get(0).asDouble(), lat2 = node.get(i + 1).get(1).asDouble();
                if (Math.abs(lat) == 90) {
                    continue; // the pole line and its corners are the construction, not the ring
                }
                worst[0] = Math.max(worst[0], off(ring, lat, lon));
                boolean cutLine = Math.abs(lon) == 180 && lon == lon2;
                if (Math.abs(lat2) != 90 && !cutLine) {
                    worst[1] = Math.max(worst[1], off(ring, 0.5 * (lat + lat2), 0.5 * (lon + lon2)));
                }
            }
            return;
        }
        for (JsonNode child : node) {
            visit(child, ring, worst);
        }
    }

    private static double off(Ring ring, double lat, double lon) {
        return Math.abs(ring.distanceMeters(GeoPoint.of(lat, lon)) - ring.radiusMeters());
    }
}
