package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.EdgeReading;
import org.rangekit.geometry.Outlines;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * Overlays written for readers that draw edges as great circles or geodesics ({@code --edges
 * geodesic}: Google Earth, BigQuery, Cesium) stay within the tolerance of the true rings when read
 * that way; checked on every edge midpoint with GeographicLib directly (the WGS84 geodesic
 * midpoint: inverse, then direct to half the distance) and with the spherical great-circle
 * midpoint computed here from unit vectors.
 */
class GeodesicEdgesTest {

    static final Site KY = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
    static final Site PK = SiteCatalog.builtIn().find("petropavlovsk-kamchatsky").orElseThrow();
    static final Geodesic WGS84 = Geodesic.WGS84;
    /** The tolerance asked for (metres). */
    static final double TOL_M = 50;
    /** Slack for the midpoint computations themselves and 7-decimal rounding (metres). */
    static final double SLACK_M = 0.02;

    /** The largest distance (metres) of an edge midpoint from the nearest ring, per reading. */
    record Worst(double geodesicM, double sphereM, int edges) {
    }

    static Worst worst(List<GeoJsonWriter.Feature> features, Site site) {
        double g = 0;
        double s = 0;
        int edges = 0;
        for (GeoJsonWriter.Feature f : features) {
            String kind = f.properties().get("kind").toString();
            List<Double> radiiM = new ArrayList<>();
            if (kind.equals("ring")) {
                radiiM.add(((Number) f.properties().get("radius_km")).doubleValue() * 1000);
            } else if (kind.equals("band") || kind.equals("disc")) {
                radiiM.add(((Number) f.properties().get("outer_km")).doubleValue() * 1000);
                double inner = ((Number) f.properties().get("inner_km")).doubleValue();
                if (inner > 0) {
                    radiiM.add(inner * 1000);
                }
            } else {
                continue;
            }
            for (Coordinate[] line : lines(f.geometry())) {
                for (int i = 0; i + 1 < line.length; i++) {
                    Coordinate a = line[i];
                    Coordinate b = line[i + 1];
                    if (Outlines.isClosingEdge(a, b) || a.x == b.x && Math.abs(a.x) == 180) {
                        continue; // a meridian at the cut or the pole line: not part of any ring
                    }
                    edges++;
                    GeodesicData inv = WGS84.Inverse(a.y, a.x, b.y, b.x);
                    GeodesicData mid = WGS84.Direct(a.y, a.x, inv.azi1, inv.s12 / 2);
                    g = Math.max(g, offRing(site, mid.lat2, mid.lon2, radiiM));
                    double[] sm = sphericalMidpoint(a, b);
                    s = Math.max(s, offRing(site, sm[0], sm[1], radiiM));
                }
            }
        }
        return new Worst(g, s, edges);
    }

    static double offRing(Site site, double lat, double lon, List<Double> radiiM) {
        double d = WGS84.Inverse(site.point().latDeg(), site.point().lonDeg(), lat, lon, GeodesicMask.DISTANCE).s12;
        return radiiM.stream().mapToDouble(r -> Math.abs(d - r)).min().orElseThrow();
    }

    static double[] sphericalMidpoint(Coordinate a, Coordinate b) {
        double[] u = unit(a);
        double[] v = unit(b);
        double x = u[0] + v[0];
        double y = u[1] + v[1];
        double z = u[2] + v[2];
        return new double[] {Math.toDegrees(Math.atan2(z, Math.sqrt(x * x + y * y))), Math.toDegrees(Math.atan2(y, x))};
    }

    static double[] unit(Coordinate c) {
        double la = Math.toRadians(c.y);
        double lo = Math.toRadians(c.x);
        return new double[] {Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)};
    }

    static List<Coordinate[]> lines(Geometry g) {
        List<Coordinate[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                out.add(p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    out.add(p.getInteriorRingN(h).getCoordinates());
                }
            } else if (part instanceof LineString l) {
                out.add(l.getCoordinates());
            }
        }
        return out;
    }

    @Test
    void infBandsReadAsGreatCirclesStayWithinTheTolerance() {
        for (Site site : List.of(KY, PK)) {
            List<GeoJsonWriter.Feature> f = RingFeatures.overlay(List.of(site), ThresholdSet.inf(), EarthModel.WGS84,
                    true, TOL_M, EdgeReading.GEODESIC);
            Worst w = worst(f, site);
            assertTrue(w.edges() > 1000, site.id() + ": " + w);
            assertTrue(w.geodesicM() <= TOL_M + SLACK_M, site.id() + " geodesic reading: " + w);
            assertTrue(w.sphereM() <= TOL_M + SLACK_M, site.id() + " great-circle reading: " + w);
        }
    }

    @Test
    void lonLatEdgesReadAsGreatCirclesMissTheRingAt5500Km() {
        // The failure the geodesic edges fix: straight lon/lat edges traced to 50 m, read as great
        // circles, cut inside the 5,500 km ring by more than the tolerance (tens of metres).
        List<GeoJsonWriter.Feature> f = RingFeatures.overlay(List.of(KY), ThresholdSet.custom(List.of(5500.0)),
                EarthModel.WGS84, false, TOL_M, EdgeReading.LONLAT);
        Worst w = worst(f, KY);
        assertTrue(w.sphereM() > TOL_M + 1, "great-circle reading of lon/lat edges: " + w);
    }

    @Test
    void ringOutlinesCarryNoSeamOrPoleEdges() {
        // 3,000 km from Petropavlovsk-Kamchatsky crosses ±180° without a pole: two lines; 5,500 km
        // contains the North Pole: one line from −180° to 180°.
        for (double km : new double[] {3000, 5500}) {
            Geometry disc = RingPolygons.disc(new org.rangekit.range.Ring(PK.point(), km * 1000, EarthModel.WGS84),
                    TOL_M);
            Geometry lines = Outlines.of(disc);
            assertEquals(km == 3000 ? 2 : 1, lines.getNumGeometries(), km + " km: " + lines.getNumGeometries());
            for (Coordinate[] line : lines(lines)) {
                for (int i = 0; i + 1 < line.length; i++) {
                    assertFalse(Outlines.isClosingEdge(line[i], line[i + 1]), km + " km edge " + i);
                }
                for (Coordinate c : line) {
                    double d = WGS84.Inverse(PK.point().latDeg(), PK.point().lonDeg(), c.y, c.x).s12;
                    assertEquals(km * 1000, d, 0.01, km + " km: vertex " + c + " on the ring");
                }
            }
        }
    }

    @Test
    @Slow
    void seededSitesAndRangesOverTheGlobeStayWithinTheToleranceAsGreatCircles() {
        Random rnd = new Random(20261202L);
        List<GeoPoint> centres = new ArrayList<>(List.of(GeoPoint.of(90, 0), GeoPoint.of(-89.9999, 45),
                GeoPoint.of(0, 180), GeoPoint.of(-33, -179.99), GeoPoint.of(70, 179.5)));
        while (centres.size() < 14) {
            centres.add(GeoPoint.of(Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1)), 360 * rnd.nextDouble() - 180));
        }
        int checked = 0;
        for (GeoPoint c : centres) {
            // 1 m to 19,000 km, log-uniform.
            double km = Math.pow(10, -3 + rnd.nextDouble() * Math.log10(19_000_000));
            Site site = new Site("p", "p", c, "", 0);
            List<GeoJsonWriter.Feature> f = RingFeatures.overlay(List.of(site), ThresholdSet.custom(List.of(km)),
                    EarthModel.WGS84, false, 100, EdgeReading.GEODESIC);
            Worst w = worst(f, site);
            checked += w.edges();
            assertTrue(w.geodesicM() <= 100 + SLACK_M && w.sphereM() <= 100 + SLACK_M,
                    c + " " + km + " km: " + w);
        }
        assertTrue(checked > 100, "edges checked: " + checked);
    }
}
