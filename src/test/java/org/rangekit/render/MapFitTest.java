package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * Sites whose rings do not fit in one azimuthal view (antipodal, or half the world apart) are drawn
 * in the world projection, every site with its band; regression test for the map centred on the
 * North Pole that lost the South Pole's disc.
 */
class MapFitTest {

    /** Anti-aliasing and 8-bit compositing leave a channel within 3 of the exact blend. */
    static final int CHANNEL_TOL = 3;
    /** The band pixel is sampled half-way out in the 500 km disc: clear of its edge at any map scale used. */
    static final double SAMPLE_M = 250_000;

    static Site site(String id, double lat, double lon) {
        return new Site(id, id, GeoPoint.of(lat, lon), "", 0);
    }

    static MapSpec spec(ProjectionKind kind, GeoPoint centre, EnumSet<MapLayer> layers) {
        return new MapSpec(1000, 600, 72, kind, centre, Double.NaN, EarthModel.WGS84, layers, MapStyle.DEFAULT,
                null, "", "Exact geodesic distances");
    }

    @ParameterizedTest(name = "{0} {1}° / {2}° {3}° in {4}")
    @CsvSource({"90, 0, -90, 0, AEQD", "0, 0, 0, 180, AEQD", "90, 0, -90, 0, ORTHO", "0, 0, 0, 180, LAEA"})
    void everySiteAndItsBandAreOnTheMap(double lat1, double lon1, double lat2, double lon2, ProjectionKind kind) {
        List<Site> sites = List.of(site("a", lat1, lon1), site("b", lat2, lon2));
        MapContent content = RangeLayers.build(sites, ThresholdSet.custom(List.of(500.0)),
                EarthModel.WGS84, false, List.of(), "", "");
        GeoPoint centre = RangeLayers.centreOf(sites.stream().map(Site::point).toList());
        MapSpec spec = spec(kind, centre, EnumSet.of(MapLayer.BANDS));
        MapRenderer.Prepared p = MapRenderer.prepare(spec, content, null);
        assertEquals(ProjectionKind.WORLD, p.frame().spec().projection());
        assertTrue(p.frame().spec().subtitle().startsWith("Exact geodesic distances; shown as a Robinson world map"),
                p.frame().spec().subtitle());
        BufferedImage img = MapWriter.image(spec, p);
        int band = blend(MapStyle.DEFAULT.bandFill(0), MapStyle.DEFAULT.paper());
        for (Site s : sites) {
            double[] marker = p.frame().pixel(s.point());
            assertTrue(marker[0] >= 0 && marker[0] < 1000 && marker[1] >= 0 && marker[1] < 600,
                    s.id() + " marker at " + marker[0] + "," + marker[1] + " is off the canvas");
            // Towards the equator (and, at ±180°, towards the map's inside) from the site.
            double az = s.point().latDeg() > 0 ? 180 : s.point().latDeg() < 0 ? 0 : s.point().lonDeg() > 0 ? 270 : 90;
            double[] q = p.frame().pixel(EarthModel.WGS84.direct(s.point(), az, SAMPLE_M));
            int got = img.getRGB((int) q[0], (int) q[1]);
            assertClose(band, got, s.id() + " band colour missing at " + (int) q[0] + "," + (int) q[1]);
        }
    }

    @Test
    void sitesThatFitKeepTheirProjection() {
        Site ky = MapContentTest.KY;
        MapSpec spec = spec(ProjectionKind.AEQD, ky.point(), EnumSet.of(MapLayer.BANDS));
        MapSpec fitted = MapRenderer.fitted(spec, MapContentTest.inf(ky));
        assertEquals(spec, fitted);
        MapSpec globe = spec(ProjectionKind.ORTHO, ky.point(), EnumSet.of(MapLayer.BANDS));
        assertEquals(globe, MapRenderer.fitted(globe, MapContentTest.inf(ky)));
    }

    static int blend(Rgba top, Rgba below) {
        double a = top.a() / 255.0;
        int r = (int) Math.round(top.r() * a + below.r() * (1 - a));
        int g = (int) Math.round(top.g() * a + below.g() * (1 - a));
        int b = (int) Math.round(top.b() * a + below.b() * (1 - a));
        return (r << 16) | (g << 8) | b;
    }

    static void assertClose(int expectedRgb, int actualRgb, String message) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expectedRgb >> shift) & 0xFF;
            int a = (actualRgb >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= CHANNEL_TOL, message + String.format(": expected #%06x, got #%06x",
                    expectedRgb & 0xFFFFFF, actualRgb & 0xFFFFFF));
        }
    }
}
