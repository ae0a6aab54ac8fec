package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.projection.Domain;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapFrame;
import org.rangekit.render.MapSpec;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Targets;

/**
 * A map's {@code centre} setting ({@code map --centre}, a scenario's {@code map: centre}): where the
 * given point is drawn, against GeographicLib's direct geodesic and the Web Mercator formulas (EPSG
 * guidance note 7-2, method 1024), not against the renderer's own projection.
 */
class MapCentreTest {

    /** A point's pixel may be off by at most half a pixel: it then still lights the right pixel. */
    static final double PIXEL_TOL = 0.5;
    /** Web Mercator's sphere (metres), EPSG:3857. */
    static final double WEB_MERCATOR_R_M = 6_378_137;

    static final Site KY = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
    /** Away from the site, so that a centre ignored would show: south-west of Kapustin Yar. */
    static final GeoPoint CENTRE = GeoPoint.of(44.25, 38.5);
    static final int W = 1600;
    static final int H = 1000;

    static MapFrame frame(ProjectionKind kind, GeoPoint centre, double extentKm) {
        MapSettings m = new MapSettings(kind, W, H, 96, extentKm, "110m", "t", "s", centre);
        MapSpec spec = Maps.spec(new MapRequest(List.of(KY), ThresholdSet.inf(), EarthModel.WGS84, false,
                Targets.NONE, m));
        return MapFrame.of(spec, 1_000_000);
    }

    @ParameterizedTest
    @EnumSource(value = ProjectionKind.class, names = {"AEQD", "ORTHO", "LAEA"})
    void azimuthalMapsAreCentredOnTheGivenPoint(ProjectionKind kind) {
        double[] px = frame(kind, CENTRE, 1500).pixel(CENTRE);
        assertEquals(W / 2.0, px[0], PIXEL_TOL, kind + " x");
        assertEquals(H / 2.0, px[1], PIXEL_TOL, kind + " y");
        double[] site = frame(kind, null, 1500).pixel(KY.point());
        assertEquals(W / 2.0, site[0], PIXEL_TOL, kind + " without a centre: on the site");
        assertEquals(H / 2.0, site[1], PIXEL_TOL, kind + " without a centre: on the site");
    }

    /** The point lands on the middle of the image, within {@link #PIXEL_TOL}. */
    static void assertOnImageCentre(MapFrame f, GeoPoint p) {
        double[] c = f.pixel(p);
        assertEquals(W / 2.0, c[0], PIXEL_TOL, "centre column");
        assertEquals(H / 2.0, c[1], PIXEL_TOL, "centre row");
    }

    @Test
    void aeqdPutsAPointAtItsGeodesicDistanceAndAzimuthFromTheGivenCentre() {
        MapFrame f = frame(ProjectionKind.AEQD, CENTRE, 1500);
        double pxPerM = f.view().pxPerMeter();
        for (double az = 0; az < 360; az += 37) {
            double s = 1_200_000;
            GeodesicData d = Geodesic.WGS84.Direct(CENTRE.latDeg(), CENTRE.lonDeg(), az, s);
            double[] px = f.pixel(GeoPoint.of(d.lat2, d.lon2));
            double a = Math.toRadians(az);
            assertEquals(W / 2.0 + s * Math.sin(a) * pxPerM, px[0], PIXEL_TOL, "x at azimuth " + az);
            assertEquals(H / 2.0 - s * Math.cos(a) * pxPerM, px[1], PIXEL_TOL, "y at azimuth " + az);
        }
    }

    @Test
    void mercatorTakesTheCentresMeridianAndLatitude() {
        // 1600×1000 crops the square Web Mercator world: the window's middle row is the centre's latitude.
        MapFrame f = frame(ProjectionKind.MERCATOR, CENTRE, Double.NaN);
        double k = f.view().pxPerMeter();
        double midRow = (f.mapTopPx() + H) / 2.0;
        double[] c = f.pixel(CENTRE);
        assertEquals(W / 2.0, c[0], PIXEL_TOL, "central meridian in the middle");
        assertEquals(midRow, c[1], PIXEL_TOL, "centre's latitude on the window's middle row");
        // Web Mercator (EPSG 1024): x = R (λ − λ0), y = R ln tan(π/4 + φ/2).
        GeoPoint q = GeoPoint.of(60, CENTRE.lonDeg() + 25);
        double dx = WEB_MERCATOR_R_M * Math.toRadians(25);
        double dy = WEB_MERCATOR_R_M * (Math.log(Math.tan(Math.PI / 4 + Math.toRadians(60) / 2))
                - Math.log(Math.tan(Math.PI / 4 + Math.toRadians(CENTRE.latDeg()) / 2)));
        double[] p = f.pixel(q);
        assertEquals(W / 2.0 + dx * k, p[0], PIXEL_TOL, "x 25° east of the centre");
        assertEquals(midRow - dy * k, p[1], PIXEL_TOL, "y at 60° N");
    }

    @Test
    void robinsonTakesTheCentresMeridian() {
        MapFrame f = frame(ProjectionKind.WORLD, CENTRE, Double.NaN);
        double k = f.view().pxPerMeter();
        double[] c = f.pixel(GeoPoint.of(0, CENTRE.lonDeg()));
        assertEquals(W / 2.0, c[0], PIXEL_TOL, "central meridian in the middle");
        // Robinson (Snyder 1993, "Flattening the Earth", table; a sphere of the equatorial radius, as PROJ):
        // x = 0.8487 R X(φ) (λ − λ0), y = 1.3523 R Y(φ), with X(60°) = 0.7986, Y(60°) = 0.7346.
        double r = EarthModel.WGS84.equatorialRadiusMeters();
        double[] p = f.pixel(GeoPoint.of(60, CENTRE.lonDeg() + 25));
        assertEquals(c[0] + 0.8487 * r * 0.7986 * Math.toRadians(25) * k, p[0], PIXEL_TOL, "x 25° east at 60° N");
        assertEquals(c[1] - 1.3523 * r * 0.7346 * k, p[1], PIXEL_TOL, "y at 60° N");
        // The edges are the meridians 180° from the centre's: a point 1° west of the eastern edge lies on
        // the right, 1° east of the western edge on the left (x = ±0.8487 R · 179°).
        double edge = 0.8487 * r * Math.toRadians(179) * k;
        assertEquals(c[0] + edge, f.pixel(GeoPoint.of(0, CENTRE.lonDeg() + 179))[0], PIXEL_TOL, "near the east edge");
        assertEquals(c[0] - edge, f.pixel(GeoPoint.of(0, CENTRE.lonDeg() - 179))[0], PIXEL_TOL, "near the west edge");
    }

    @Test
    void robinsonWithoutACentreStaysOnGreenwich() {
        // The default world map keeps the meridian it always had, not the site's (46° E).
        MapFrame f = frame(ProjectionKind.WORLD, null, Double.NaN);
        assertEquals(W / 2.0, f.pixel(GeoPoint.of(0, 0))[0], PIXEL_TOL, "Greenwich in the middle");
        assertEquals(0, ((Domain.World) f.domain()).centralMeridianDeg(), 0);
    }

    @Test
    void aMercatorWindowIsCentredOnTheGivenPointAtTheExtentAlongItsMeridian() {
        // --extent 1500: 1,500 km on Web Mercator's sphere along the meridian, at the centre, to the nearer
        // (top and bottom) edge: the scale is (H / 2) / (extent × sec φ0) pixels per projected metre.
        MapFrame f = frame(ProjectionKind.MERCATOR, CENTRE, 1500);
        assertOnImageCentre(f, CENTRE);
        double k = H / 2.0 / (1_500_000 / Math.cos(Math.toRadians(CENTRE.latDeg())));
        GeoPoint q = GeoPoint.of(50, CENTRE.lonDeg() + 10);
        double dx = WEB_MERCATOR_R_M * Math.toRadians(10);
        double dy = WEB_MERCATOR_R_M * (Math.log(Math.tan(Math.PI / 4 + Math.toRadians(50) / 2))
                - Math.log(Math.tan(Math.PI / 4 + Math.toRadians(CENTRE.latDeg()) / 2)));
        double[] p = f.pixel(q);
        assertEquals(W / 2.0 + dx * k, p[0], PIXEL_TOL, "x 10° east of the centre");
        assertEquals(H / 2.0 - dy * k, p[1], PIXEL_TOL, "y at 50° N");
    }

    @Test
    void aRobinsonWindowIsCentredOnTheGivenPointOnItsMeridian() {
        MapFrame f = frame(ProjectionKind.WORLD, CENTRE, 1500);
        assertOnImageCentre(f, CENTRE);
        // Robinson's table at the nodes 45° and 50° (X(45°) = 0.8962, Y(45°) = 0.5571, Y(50°) = 0.6176): the
        // parallel's 10° and the meridian's 45°-50° keep the ratio 0.8487 X(45°) Δλ / (1.3523 ΔY), whatever the scale.
        double[] a = f.pixel(GeoPoint.of(45, CENTRE.lonDeg()));
        double[] b = f.pixel(GeoPoint.of(45, CENTRE.lonDeg() + 10));
        double[] n = f.pixel(GeoPoint.of(50, CENTRE.lonDeg()));
        assertEquals(a[0], n[0], PIXEL_TOL, "the central meridian is straight and vertical");
        double ratio = 0.8487 * 0.8962 * Math.toRadians(10) / (1.3523 * (0.6176 - 0.5571));
        assertEquals((a[1] - n[1]) * ratio, b[0] - a[0], PIXEL_TOL, "10° of the 45th parallel");
        // 1,500 km along the meridian from the centre to the top and bottom edges: the 45°-50° span, about
        // 556 km on the sphere, is then a little more than a third of the half-height (within 2 %: the
        // meridian scale of Robinson varies between the nodes).
        double span = (a[1] - n[1]) / (H / 2.0) * 1500;
        assertEquals(Math.toRadians(5) * EarthModel.WGS84.equatorialRadiusMeters() / 1000, span, 0.02 * span,
                "km of meridian per pixel");
    }

    @ParameterizedTest
    @EnumSource(value = ProjectionKind.class, names = {"WORLD", "MERCATOR"})
    void anExtentThatWouldNotMagnifyTheWorldDrawsTheWholeWorld(ProjectionKind kind) {
        MapFrame whole = frame(kind, CENTRE, Double.NaN);
        assertEquals(whole.view(), frame(kind, CENTRE, 20_000).view(), kind + ": 20,000 km shows the whole world");
        assertTrue(frame(kind, CENTRE, 3_000).view().pxPerMeter() > whole.view().pxPerMeter(), kind + ": 3,000 km magnifies");
    }
}
