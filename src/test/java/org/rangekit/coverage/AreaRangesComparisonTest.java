package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.range.ThresholdSet;

/**
 * {@link Comparison.AreaRanges} settles most targets by bounds and measures the rest: the targets
 * it keeps are exactly those {@link AreaClassifier} (every target measured) puts in the band, for
 * seeded random areas (polygons, lines, points; near the poles and ±180°) and targets, many of
 * them placed within a few metres of the band's edges; and the bounds do settle most targets.
 */
class AreaRangesComparisonTest {

    @Test
    void keepsWhatTheExactClassifierPutsInTheBand() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        long read = 0;
        long measured = 0;
        for (int trial = 0; trial < 12; trial++) {
            GeoPoint c = GeoPoint.of(rnd.nextDouble(-88, 88), rnd.nextDouble(-180, 180));
            if (trial == 0) {
                c = GeoPoint.of(89, 10); // a pole within the area's reach
            } else if (trial == 1) {
                c = GeoPoint.of(10, 179.9); // across ±180°
            }
            GeodesicArea area = randomArea(rnd, c);
            double lo = rnd.nextDouble(50, 2000);
            double hi = lo + rnd.nextDouble(1, 500);
            boolean swap = rnd.nextBoolean();
            double rangeKm = swap ? hi : lo;
            double vsKm = swap ? lo : hi;
            Comparison.AreaRanges cmp = new Comparison.AreaRanges(area, c, rangeKm, vsKm);
            AreaClassifier exact = new AreaClassifier(area, Comparison.deltaScheme(rangeKm, vsKm), ThresholdSet.inf());
            List<Target> targets = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                GeoPoint p;
                if (i % 2 == 0) {
                    p = GeoPoint.of(Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1))), rnd.nextDouble(-180, 180));
                } else {
                    // Near an edge of the band: off a random vertex by about lo or hi (within a few metres
                    // of the band's edge when that vertex is the nearest point).
                    List<GeoPoint> vs = !area.rings().isEmpty() ? area.rings().get(0)
                            : !area.lines().isEmpty() ? area.lines().get(0) : area.points();
                    GeoPoint v = vs.get(rnd.nextInt(vs.size()));
                    double s = (rnd.nextBoolean() ? lo : hi) * 1000 + rnd.nextDouble(-5, 5);
                    GeodesicData d = EarthModel.WGS84.geodesic().Direct(v.latDeg(), v.lonDeg(),
                            rnd.nextDouble(-180, 180), s);
                    p = GeoPoint.of(d.lat2, GeoPoint.normalizeLon(d.lon2));
                }
                targets.add(new Target("t" + i, "", p.latDeg(), p.lonDeg(), i, null, java.util.Map.of()));
            }
            cmp.add(targets);
            List<String> want = new ArrayList<>();
            long population = 0;
            for (TargetResult r : exact.classify(targets)) {
                if (r.band() == 0) {
                    want.add(r.target().name());
                    population += r.target().population();
                }
            }
            List<String> got = cmp.changed().stream().map(r -> r.target().name()).toList();
            assertEquals(want, got, "trial " + trial + " from " + c + ", " + lo + ".." + hi + " km");
            assertEquals(population, cmp.tally().population());
            assertEquals(want.size(), cmp.tally().targets());
            assertEquals(cmp.tally().population(), cmp.populationOf(targets));
            assertEquals(vsKm > rangeKm, cmp.adds());
            read += cmp.read();
            measured += cmp.measured();
        }
        System.out.printf(Locale.ROOT, "AreaRangesComparisonTest: %d targets, %d measured%n", read, measured);
        assertTrue(measured < read * 0.7, "the bounds settle most targets: " + measured + " of " + read + " measured");
    }

    /** A polygon (a small box), a line or points around {@code c}, up to a few hundred km across. */
    private static GeodesicArea randomArea(SplittableRandom rnd, GeoPoint c) {
        double size = rnd.nextDouble(0.01, 3);
        List<GeoPoint> pts = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            EarthModel e = EarthModel.WGS84;
            GeodesicData d = e.geodesic().Direct(c.latDeg(), c.lonDeg(), 72 * k + rnd.nextDouble(0, 30),
                    size * 100_000);
            pts.add(GeoPoint.of(d.lat2, GeoPoint.normalizeLon(d.lon2)));
        }
        return switch (rnd.nextInt(3)) {
            case 0 -> new GeodesicArea(List.of(pts), List.of(), List.of(), EarthModel.WGS84);
            case 1 -> new GeodesicArea(List.of(), List.of(pts), List.of(), EarthModel.WGS84);
            default -> new GeodesicArea(List.of(), List.of(), pts, EarthModel.WGS84);
        };
    }
}
