package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Ring;

/**
 * The union of several discs is traced with the stretches of each ring that lie deep inside
 * another disc left unrefined ({@link UnionAreas#insideOthers}, {@link RingPolygons#disc(Ring, double,
 * RingPolygons.Interior)}): the union must be the same polygons, vertex for vertex, as the union of
 * the fully traced discs (compared after JTS normalisation, which puts rings and their first
 * vertices in a canonical order: the union's rings may start elsewhere), each vertex within 1e-11°
 * (a micrometre): a ring's longitudes are unwrapped by summing the steps between its vertices, so
 * leaving vertices out rounds them differently in the last bits. Seeded site clusters over
 * the whole globe (at the poles, across ±180°), 2 to 8 sites, radii 1 km to 9,000 km, on WGS84 and
 * the sphere; and the catalog's eight sites with the INF radii.
 */
class UnionTracingTest {

    static Geometry union(List<GeoPoint> sites, double r, EarthModel earth, boolean skip) {
        List<Geometry> discs = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            Ring ring = new Ring(sites.get(i), r, earth);
            discs.add(skip ? RingPolygons.disc(ring, UnionAreas.DISC_TOLERANCE_M, UnionAreas.insideOthers(earth, sites, i, r))
                    : RingPolygons.disc(ring, UnionAreas.DISC_TOLERANCE_M));
        }
        Geometry u = UnaryUnionOp.union(discs);
        u.normalize();
        return u;
    }

    static int vertices(List<GeoPoint> sites, double r, EarthModel earth, boolean skip) {
        int n = 0;
        for (int i = 0; i < sites.size(); i++) {
            Ring ring = new Ring(sites.get(i), r, earth);
            n += (skip ? RingPolygons.disc(ring, UnionAreas.DISC_TOLERANCE_M, UnionAreas.insideOthers(earth, sites, i, r))
                    : RingPolygons.disc(ring, UnionAreas.DISC_TOLERANCE_M)).getNumPoints();
        }
        return n;
    }

    static void assertSameUnion(List<GeoPoint> sites, double r, EarthModel earth) {
        Geometry full = union(sites, r, earth, false);
        Geometry sparse = union(sites, r, earth, true);
        // The same vertices: equal up to the rounding of the ring's unwrapped longitudes, which are
        // summed vertex by vertex along the ring (a few 1e-13°, about 1e-8 m).
        assertTrue(full.equalsExact(sparse, 1e-11), earth + " r=" + r + " sites " + sites
                + ": " + full.getNumPoints() + " vs " + sparse.getNumPoints() + " vertices");
    }

    @Test
    void catalogSitesWithTheInfRadii() {
        List<GeoPoint> sites = List.of(GeoPoint.of(48.58175, 45.74481), GeoPoint.of(56.85, 62.71),
                GeoPoint.of(43.75, 44.6), GeoPoint.of(56.85, 41.38), GeoPoint.of(54.63, 21.81),
                GeoPoint.of(44.08, 24.41), GeoPoint.of(54.48, 17.1), GeoPoint.of(53.0, 158.65));
        for (double r : new double[] {480e3, 500e3, 1_000e3, 5_500e3}) {
            assertSameUnion(sites, r, EarthModel.WGS84);
        }
        // Not vacuous: at 5,500 km most of the rings lie inside other discs.
        int full = vertices(sites, 5_500e3, EarthModel.WGS84, false);
        int sparse = vertices(sites, 5_500e3, EarthModel.WGS84, true);
        assertTrue(sparse * 2 < full, sparse + " of " + full + " vertices traced");
    }

    @Test
    void seededClustersOverTheGlobe() {
        Random rnd = new Random(202612021L);
        int traced = 0;
        int fullTraced = 0;
        for (int t = 0; t < 40; t++) {
            EarthModel earth = t % 5 == 4 ? EarthModel.SPHERE : EarthModel.WGS84;
            double r = Math.exp(Math.log(1e3) + rnd.nextDouble() * (Math.log(9_000e3) - Math.log(1e3)));
            // A cluster around a centre: at a pole, on ±180°, or anywhere; spread about the radius.
            double lat = t % 4 == 0 ? (rnd.nextBoolean() ? 89.5 : -89.5)
                    : Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            double lon = t % 4 == 1 ? 180 : 360 * rnd.nextDouble() - 180;
            int n = 2 + rnd.nextInt(7);
            List<GeoPoint> sites = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                double az = 360 * rnd.nextDouble();
                double d = r * 1.5 * rnd.nextDouble();
                var g = earth.geodesic().Direct(lat, lon, az, d);
                sites.add(GeoPoint.of(g.lat2, GeoPoint.normalizeLon(g.lon2)));
            }
            assertSameUnion(sites, r, earth);
            traced += vertices(sites, r, earth, true);
            fullTraced += vertices(sites, r, earth, false);
        }
        assertTrue(traced < fullTraced, traced + " of " + fullTraced + " vertices traced");
    }
}
