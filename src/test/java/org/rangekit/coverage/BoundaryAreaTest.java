package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.range.Band;

/**
 * Band areas by boundary sums ({@link BoundaryArea}) against the clipping reference (JTS overlay
 * of the projected region with the annulus polygon, pieces mapped back and measured with
 * GeographicLib's PolygonArea: {@link BandClipper#clippedAreaSquareMeters}), on the same
 * projected region.
 */
@Slow
class BoundaryAreaTest {

    /**
     * Both methods measure the same geodesic polygons; they differ only in rounding (crossing
     * points computed by JTS or here, region vertices read before or after a round trip through
     * the plane of micrometres, the order of summation): 1e-9 of the region's own area in the band
     * or 1 m², whichever is larger.
     */
    static final double REL_TOL = 1e-9;
    static final double ABS_TOL_M2 = 1.0;

    static final GeometryFactory GF = new GeometryFactory();

    static BandClipper boundaryClipper(GeoPoint site, double inner, double outer, EarthModel earth) {
        BandClipper frameOnly = new BandClipper(site, 0, outer, earth);
        Map<Double, RingChords> circles = new HashMap<>();
        DoubleFunction<RingChords> circle = r -> circles.computeIfAbsent(r,
                k -> new RingChords(frameOnly.frame(), earth.geodesic(), k));
        double band = RingPolygons.bandAreaSquareMeters(new Band(site, inner, outer, earth));
        return new BandClipper(site, inner, outer, earth, circle, band);
    }

    /** Compares one region and band; returns 1 when boundary sums answered, 0 when they fell back. */
    static int compare(BandClipper c, Geometry region, String what, double[] worst) {
        BandClipper.Projected p = c.project(region);
        if (p == null) {
            return 0;
        }
        double ref = c.clippedAreaSquareMeters(p);
        double got = c.boundaryAreaSquareMeters(p);
        double tol = Math.max(ABS_TOL_M2, REL_TOL * Math.abs(ref));
        // The clipper's own answer (shortcuts, boundary sums, or clipping when they decline).
        assertEquals(ref, c.areaSquareMeters(p), tol, what);
        if (Double.isNaN(got)) {
            return 0;
        }
        assertEquals(ref, got, tol, what);
        worst[0] = Math.max(worst[0], Math.abs(got - ref));
        worst[1] = Math.max(worst[1], Math.abs(got - ref) / Math.max(1, Math.abs(ref)));
        return 1;
    }

    static GeoPoint randomSite(SplittableRandom rnd) {
        double lat = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
        return GeoPoint.of(lat, rnd.nextDouble(-180, 180));
    }

    @Test
    void naturalEarthCountriesAndLandInRandomBandsMatchTheClippingReference() {
        EarthModel wgs = EarthModel.WGS84;
        List<Geometry> regions = new ArrayList<>();
        Geometry land = EmbeddedData.land(Scale.S110M);
        for (int i = 0; i < land.getNumGeometries(); i++) {
            regions.add(land.getGeometryN(i));
        }
        for (Region r : BuiltinTargets.regions(Scale.S110M)) {
            regions.add(r.lonLat());
        }
        SplittableRandom rnd = new SplittableRandom(20261202L);
        int answered = 0;
        int compared = 0;
        double[] worst = new double[2];
        for (int s = 0; s < 10; s++) {
            GeoPoint site = s == 0 ? GeoPoint.of(48.58175, 45.74481) : randomSite(rnd);
            double outer = s == 0 ? 5_500e3 : rnd.nextDouble(50e3, 9_000e3);
            double inner = s % 3 == 1 ? 0 : rnd.nextDouble(0.05, 0.95) * outer;
            BandClipper c = boundaryClipper(site, inner, outer, wgs);
            for (int i = 0; i < regions.size(); i++) {
                Geometry g = regions.get(i);
                if (!c.boxesIntersect(g.getEnvelopeInternal())) {
                    continue;
                }
                compared++;
                answered += compare(c, g, "site " + site + " band " + inner + "-" + outer + " region " + i, worst);
            }
        }
        System.out.printf("boundary sums: %d of %d answered; worst |diff| %.3g m², relative %.3g%n",
                answered, compared, worst[0], worst[1]);
        assertTrue(answered >= 0.9 * compared, answered + " of " + compared);
    }

    @Test
    void syntheticPolygonsNearPolesAcrossTheAntimeridianAndWithHolesMatchTheClippingReference() {
        EarthModel wgs = EarthModel.WGS84;
        SplittableRandom rnd = new SplittableRandom(7L);
        int answered = 0;
        int compared = 0;
        double[] worst = new double[2];
        for (int s = 0; s < 60; s++) {
            GeoPoint site = s % 4 == 0 ? GeoPoint.of(rnd.nextDouble(80, 89.9) * (s % 8 == 0 ? 1 : -1),
                    rnd.nextDouble(-180, 180)) : randomSite(rnd);
            double outer = rnd.nextDouble(20e3, s % 5 == 0 ? 17_000e3 : 4_000e3);
            double inner = s % 2 == 0 ? 0 : rnd.nextDouble(0.02, 0.98) * outer;
            BandClipper c = boundaryClipper(site, inner, outer, wgs);
            for (int k = 0; k < 6; k++) {
                Geometry g = randomPolygon(rnd, site, outer);
                compared++;
                answered += compare(c, g, "site " + site + " band " + inner + "-" + outer + " polygon " + g, worst);
            }
        }
        System.out.printf("synthetic: %d of %d answered; worst |diff| %.3g m², relative %.3g%n",
                answered, compared, worst[0], worst[1]);
        assertTrue(answered >= 0.8 * compared, answered + " of " + compared);
    }

    /**
     * A star-shaped lon/lat polygon (sometimes with a hole) around a point near the band's circles,
     * kept inside [−180, 180] × [−89.5, 89.5].
     */
    static Geometry randomPolygon(SplittableRandom rnd, GeoPoint site, double outer) {
        double dist = rnd.nextDouble(0, 1.2) * outer;
        double az = rnd.nextDouble(0, 360);
        net.sf.geographiclib.GeodesicData d = EarthModel.WGS84.geodesic().Direct(site.latDeg(), site.lonDeg(), az, dist);
        double cLat = Math.max(-80, Math.min(80, d.lat2));
        double cLon = GeoPoint.normalizeLon(d.lon2);
        double size = rnd.nextDouble(0.2, 25);
        int n = 5 + rnd.nextInt(30);
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double r = size * rnd.nextDouble(0.3, 1);
            double lon = Math.max(-180, Math.min(180, cLon + r * Math.sin(t) * 1.5));
            double lat = Math.max(-89.5, Math.min(89.5, cLat + r * Math.cos(t)));
            cs[i] = new Coordinate(lon, lat);
        }
        cs[n] = new Coordinate(cs[0]);
        Geometry shell = GF.createPolygon(cs);
        if (!shell.isValid()) {
            shell = shell.buffer(0);
        }
        if (rnd.nextBoolean()) {
            Geometry hole = GF.createPoint(new Coordinate(cLon, cLat)).buffer(size * 0.2, 6);
            shell = shell.difference(hole);
        }
        return shell;
    }
}
