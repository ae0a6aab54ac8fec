package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;

class GeodesicAreasTest {

    /**
     * The area sum without PolygonArea gives PolygonArea's doubles exactly (0 ulp): random rings
     * small and large, across ±180°, round the poles, with repeated vertices, in both senses, on
     * WGS84 and the sphere, and rings of 0 to 3 points.
     */
    @Test
    void polygonAreaIsPolygonAreasDouble() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        for (EarthModel earth : new EarthModel[] {EarthModel.WGS84, EarthModel.SPHERE}) {
            Geodesic g = earth.geodesic();
            for (int t = 0; t < 3000; t++) {
                int n = rnd.nextInt(0, 40);
                double lat0 = rnd.nextDouble(-90, 90);
                double lon0 = rnd.nextDouble(-180, 180);
                double spread = rnd.nextInt(4) == 0 ? 120 : rnd.nextDouble(0.001, 20);
                Coordinate[] ring = new Coordinate[n + 1];
                for (int i = 0; i < n; i++) {
                    if (i > 0 && rnd.nextInt(10) == 0) {
                        ring[i] = new Coordinate(ring[i - 1]);
                        continue;
                    }
                    double lat = Math.max(-90, Math.min(90, lat0 + rnd.nextDouble(-spread, spread)));
                    double lon = lon0 + rnd.nextDouble(-spread, spread);
                    lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
                    ring[i] = new Coordinate(lon, rnd.nextInt(20) == 0 ? Math.copySign(90, lat) : lat);
                }
                if (n > 0) {
                    ring[n] = new Coordinate(ring[0]);
                } else {
                    ring = new Coordinate[0];
                }
                for (boolean reverse : new boolean[] {false, true}) {
                    PolygonArea pa = new PolygonArea(g, false);
                    for (int i = 0; i + 1 < ring.length; i++) {
                        pa.AddPoint(ring[i].y, ring[i].x);
                    }
                    double expected = pa.Compute(reverse, true).area;
                    assertEquals(Double.doubleToLongBits(expected),
                            Double.doubleToLongBits(GeodesicAreas.polygonArea(ring, g, reverse)),
                            earth + " ring " + t + " of " + n + " points, reverse " + reverse);
                }
            }
        }
    }

    /**
     * A densified region's own area, summed from the S12 it keeps for the boundary sums, is the
     * double the ring-by-ring area gives, and each kept S12 is its edge's inverse problem, whichever
     * is asked for first (both are solved on first use): every 110m country and land polygon,
     * WGS84 and sphere.
     */
    @Test
    void ownAreaFromKeptEdgeTermsIsTheRingArea() {
        java.util.List<org.locationtech.jts.geom.Geometry> all = new java.util.ArrayList<>();
        org.locationtech.jts.geom.Geometry land = EmbeddedData.land(Scale.S110M);
        for (int i = 0; i < land.getNumGeometries(); i++) {
            all.add(land.getGeometryN(i));
        }
        for (Region r : BuiltinTargets.regions(Scale.S110M)) {
            all.add(r.lonLat());
        }
        for (EarthModel earth : new EarthModel[] {EarthModel.WGS84, EarthModel.SPHERE}) {
            SphereBound bound = new SphereBound(earth);
            for (org.locationtech.jts.geom.Geometry g : all) {
                // Asked in both orders: the area first (it solves the terms) or the terms first.
                boolean areaFirst = (all.indexOf(g) & 1) == 0;
                DenseRegion d = DenseRegion.of(g, earth, bound);
                double[] s12 = areaFirst ? null : d.edgeS12(earth);
                assertEquals(Double.doubleToLongBits(GeodesicAreas.areaSquareMeters(d.dense(), earth)),
                        Double.doubleToLongBits(d.ownAreaSquareMeters()), earth + " " + g.getEnvelopeInternal());
                if (areaFirst) {
                    s12 = d.edgeS12(earth);
                }
                double[] terms = s12;
                EdgeTerms.forEachRing(d.dense(), (cs, k) -> {
                    for (int c = 0; c + 1 < cs.length; c++) {
                        assertEquals(Double.doubleToLongBits(earth.geodesic().Inverse(cs[c].y, cs[c].x, cs[c + 1].y,
                                cs[c + 1].x, net.sf.geographiclib.GeodesicMask.AREA).S12),
                                Double.doubleToLongBits(terms[k + c]), earth + " " + g.getEnvelopeInternal() + " edge " + c);
                    }
                });
            }
        }
    }
}
