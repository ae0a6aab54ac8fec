package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * A band's areas as the difference of its two discs ({@link BandAreas#discs}, {@link BandAreas#band})
 * against the band clipped as one annulus ({@link BandClipper} without circle tables: the JTS overlay
 * of the projected region with the annulus polygon, pieces measured with PolygonArea; a figure not
 * positive shows as no area, as BandAreas has always shown it), and the band totals against the
 * independent quadrature {@link DiscAreaReference}: seeded sites and radii from 1 km to 17,000 km,
 * polygons at the poles, across ±180° and round the globe, discs holding a pole.
 */
@Slow
class DiscBandAreasTest {

    /**
     * Disc difference against annulus clipping: both measure the same geodesic polygons (the same
     * circle polygons, the same projected region), so they differ by rounding and by where the
     * crossing points fall (boundary sums or JTS's noder, see BoundaryAreaTest: 1e-9 of a disc's
     * piece or 1 m²). The difference adds the two discs' errors, so the bound is taken on the outer
     * disc's piece (the larger one); a polygon holding a pole (a pole line: clipped by JTS in both)
     * was measured at 3.8e-9 of it (102 m² of 2.7e10 m²), so 1e-8.
     */
    static final double DIFF_REL_TOL = 1e-8;
    static final double DIFF_ABS_TOL_M2 = 2.0;
    /** Band totals against the quadrature, good to ≈ 1e-10 (BandClipperTest). */
    static final double REFERENCE_REL_TOL = 1e-9;

    static final EarthModel WGS = EarthModel.WGS84;
    static final GeometryFactory GF = new GeometryFactory();

    static Geometry box(double lonMin, double lonMax, double latMin, double latMax) {
        return GF.toGeometry(new Envelope(lonMin, lonMax, latMin, latMax));
    }

    /** A box of half-widths (dLon, dLat) degrees around (lon, lat), cut at ±180° and kept within ±90°. */
    static Geometry boxAround(double lon, double lat, double dLon, double dLat) {
        double s = Math.max(-90, lat - dLat);
        double n = Math.min(90, lat + dLat);
        double w = lon - Math.min(dLon, 179);
        double e = lon + Math.min(dLon, 179);
        List<Polygon> parts = new ArrayList<>();
        parts.add((Polygon) box(Math.max(-180, w), Math.min(180, e), s, n));
        if (w < -180) {
            parts.add((Polygon) box(w + 360, 180, s, n));
        }
        if (e > 180) {
            parts.add((Polygon) box(-180, e - 360, s, n));
        }
        return GF.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    record Case(GeoPoint site, double inner, double outer) {
    }

    @Test
    void discDifferencesAgreeWithTheAnnulusAndTheQuadrature() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        List<Case> cases = new ArrayList<>(List.of(
                new Case(GeoPoint.of(48.58175, 45.74481), 500e3, 1000e3),     // INF shorter range, Kapustin Yar
                new Case(GeoPoint.of(83, 30), 300e3, 1000e3),                  // the 1,000 km disc holds the North Pole
                new Case(GeoPoint.of(85, 30), 300e3, 1000e3),                  // the site within a polar cap
                new Case(GeoPoint.of(-89.5, 120), 0, 2000e3),                  // a disc around the South Pole
                new Case(GeoPoint.of(-25, 179.9), 1e3, 800e3),                 // across ±180°, 1 km inner radius
                new Case(GeoPoint.of(0, 180), 6000e3, 17_000e3),               // both poles inside, near the antipode
                new Case(GeoPoint.of(60, -179.5), 0, 1e3)));                   // a 1 km disc at ±180°
        for (int i = 0; i < 6; i++) {
            double lat = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            double lon = rnd.nextDouble(-180, 180);
            // Radii log-uniform from 1 km to 17,000 km.
            double a = Math.exp(rnd.nextDouble(Math.log(1e3), Math.log(17_000e3)));
            double b = Math.exp(rnd.nextDouble(Math.log(1e3), Math.log(17_000e3)));
            cases.add(new Case(GeoPoint.of(lat, lon), rnd.nextBoolean() ? Math.min(a, b) : 0, Math.max(a, b)));
        }
        int compared = 0;
        for (Case c : cases) {
            GeoPoint site = c.site();
            // Polygons of a country's size (at most 30° high, 80° wide) about the outer circle.
            double deg = Math.min(50, Math.toDegrees(c.outer() / 6_371e3));
            List<Region> regions = List.of(
                    new Region("NEAR", null, 1_000_000, boxAround(site.normalizedLonDeg(), site.latDeg() + 0.4 * deg,
                            Math.min(40, 0.8 * deg / Math.max(0.05, Math.cos(Math.toRadians(site.latDeg())))),
                            0.3 * deg)),
                    new Region("OFF", null, 2_000_000, boxAround(site.normalizedLonDeg() + 0.5 * deg,
                            site.latDeg() + 0.3 * deg, 0.4 * deg, 0.4 * deg)),
                    new Region("NCAP", null, 300_000, box(-180, 180, 80, 90)),
                    new Region("SCAP", null, 400_000, box(-180, 180, -90, -75)),
                    new Region("AM", null, 500_000, GF.createMultiPolygon(new Polygon[] {
                            (Polygon) box(170, 180, -20, 20), (Polygon) box(-180, -170, -20, 20)})),
                    new Region("WIDE", null, 8_000_000L, box(-180, 180, -60, -50)));
            BandRule rule = c.inner() == 0 ? BandRule.disc("disc", c.outer())
                    : new BandRule("band", "x", c.inner(), true, c.outer(), true);
            BandAreas areas = new BandAreas(WGS, null, regions);
            BandAreas.BandArea band = areas.compute(site, new BandScheme("one", List.of(rule))).get(0);
            List<BandAreas.DiscArea> discs = areas.discs(site, new double[] {c.outer()}, c.outer());
            BandClipper annulus = new BandClipper(site, c.inner(), c.outer(), WGS);
            for (int k = 0; k < regions.size(); k++) {
                Region region = regions.get(k);
                if (region.lonLat().covers(GF.createPoint(new org.locationtech.jts.geom.Coordinate(
                        site.normalizedLonDeg(), site.latDeg())))) {
                    // Not compared: a region holding the site whose plane image needs repair (cut at
                    // ±180°) is measured modulo the ellipsoid's area by the clipping fallback, in the
                    // annulus as in the discs (a defect of that fallback, not of the subtraction).
                    continue;
                }
                String what = region.code() + " in " + c;
                // The reference clips each polygon of the region on its own (the parts of a region cut
                // at ±180° are simple boxes then) and adds them up.
                double expected = 0;
                for (int p = 0; p < region.lonLat().getNumGeometries(); p++) {
                    expected += annulus.areaSquareMeters(region.lonLat().getGeometryN(p));
                }
                double got = band.regions().stream().filter(s -> s.region() == region)
                        .mapToDouble(BandAreas.RegionShare::areaSquareMeters).findFirst().orElse(0);
                double scale = Math.max(discs.get(0).regionSquareMeters(k), Math.abs(expected));
                assertEquals(expected > 0 ? expected : 0, got, DIFF_ABS_TOL_M2 + DIFF_REL_TOL * scale, what);
                compared++;
            }
            double reference = DiscAreaReference.bandArea(site, c.inner(), c.outer(), WGS);
            assertEquals(reference, band.totalSquareMeters(), REFERENCE_REL_TOL * reference, "total of " + c);
        }
        assertTrue(compared >= 60, "compared " + compared);
    }
}
