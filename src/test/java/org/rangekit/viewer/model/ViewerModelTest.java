package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.rangekit.api.Distance;
import org.rangekit.geodesy.CoordinateParser;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.ScenarioReader;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapRenderer;
import org.rangekit.scenario.Scenario;

/**
 * The viewer's model without JavaFX: the readout against GeographicLib called directly, DMS
 * against the coordinate parser, typed sites and saved scenarios read back by the scenario reader,
 * and the screen geometry against the azimuthal equidistant property (pixel distance from the
 * centre = geodesic distance × scale).
 */
class ViewerModelTest {

    /** Distances from the readout and from GeographicLib: the same solver, so millimetres at most. */
    static final double DISTANCE_TOL_M = 0.001;
    /** A tenth of an arc second, the DMS rounding, is 3.1 m of latitude. */
    static final double DMS_TOL_M = 3.2;
    /** Screen round trips: a millimetre of the map. */
    static final double SCREEN_TOL_M = 0.01;

    static final Site KY = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();

    /** Seeded points over the whole globe, poles and ±180° included. */
    static List<GeoPoint> points(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<GeoPoint> out = new ArrayList<>(List.of(GeoPoint.of(90, 0), GeoPoint.of(-90, 0), GeoPoint.of(0, 180),
                GeoPoint.of(0, -180), GeoPoint.of(48.58175, 45.74481 + 1e-9)));
        for (int i = 0; i < n; i++) {
            double lat = Math.toDegrees(Math.asin(2 * r.nextDouble() - 1));
            out.add(GeoPoint.of(lat, r.nextDouble(-180, 180)));
        }
        return out;
    }

    @Test
    void readoutGivesGeographicLibsDistanceAndAzimuthFromEverySite() {
        Site mozdok = SiteCatalog.builtIn().find("mozdok").orElseThrow();
        Site ross = ViewState.parseSite("-77.85,166.67");
        ViewState s = ViewState.initial().withSite(mozdok).withSite(ross);
        for (GeoPoint p : points(42, 300)) {
            Readout r = Readout.at(s, p);
            double need = Double.POSITIVE_INFINITY;
            for (int i = 0; i < s.sites().size(); i++) {
                GeoPoint c = s.sites().get(i).point();
                GeodesicData g = Geodesic.WGS84.Inverse(c.latDeg(), c.lonDeg(), p.latDeg(), p.lonDeg());
                Distance d = r.fromSites().get(i);
                assertEquals(g.s12, d.distanceKm() * 1000, DISTANCE_TOL_M, p + " from " + c);
                double az = (g.azi1 + 360) % 360;
                // Near the antipode or the site itself the azimuth is ill-conditioned; elsewhere equal.
                if (g.s12 > 1 && g.s12 < 19_000_000) {
                    assertEquals(0, Math.IEEEremainder(az - d.azimuthDeg(), 360), 1e-6, p + " from " + c);
                }
                need = Math.min(need, g.s12 / 1000);
            }
            assertEquals(need, r.neededKm(), DISTANCE_TOL_M / 1000);
            assertEquals(ThresholdSet.inf().categoryOf(r.neededKm()), r.category());
        }
    }

    @Test
    void dmsReadsBackThroughTheCoordinateParser() {
        assertEquals("48°34′54.3″N 45°44′41.3″E", Dms.format(48.58175, 45.74481));
        assertEquals("0°00′00.0″N 180°00′00.0″W", Dms.format(-0.00000001, -180));
        assertEquals("89°59′59.9″S 0°00′00.0″E", Dms.format(-89.99997, 0));
        for (GeoPoint p : points(7, 2000)) {
            GeoPoint back = CoordinateParser.parsePoint(Dms.format(p.latDeg(), p.lonDeg()));
            double d = EarthModel.WGS84.distanceMeters(p, back);
            assertTrue(d <= DMS_TOL_M, p + " read back as " + back + ", " + d + " m away");
        }
    }

    @Test
    void typedSitesAreCatalogIdsOrCoordinatesSavedAsTheyAreRead() {
        assertEquals(KY, ViewState.parseSite(" kapustin-yar "));
        Site dms = ViewState.parseSite("48°35′N 45°44′E");
        assertEquals("48.5833333,45.7333333", dms.id());
        assertEquals(dms.id(), dms.name());
        Site clicked = ViewState.siteAt(GeoPoint.of(-33.123456789, 190));
        assertEquals("-33.1234568,-170", clicked.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ViewState.parseSite("91,10"));
        assertTrue(e.getMessage().contains("'91,10'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ViewState.parseSite("kapustin-yr"));
        assertTrue(e.getMessage().contains("kapustin-yar"), e.getMessage());
    }

    @Test
    void savedScenarioReadsBackAsTheSameView() {
        ViewState s = ViewState.initial().withSite(ViewState.parseSite("44°04′N 24°23′E"))
                .withRangesKm(List.of(300 * 1.609344, 480.5, 1000.0, 2500.0)).withProjection(ProjectionKind.LAEA)
                .withView(null, 3100.5).withTargets("cities").withUnion(true);
        String yaml = Exports.scenarioYaml(s, 800, 500, List.of("a.png", "b b.pdf"), "a.geojson", "a.csv");
        Scenario back = ScenarioReader.parse(yaml, "saved");
        assertEquals(s.sites(), back.sites());
        assertEquals(s.set(), back.set());
        assertEquals(s.earth(), back.earth());
        assertEquals(s.union(), back.union());
        assertEquals(ProjectionKind.LAEA, back.map().projection());
        assertEquals(3100.5, back.map().extentKm());
        assertEquals(1600, back.map().widthPx());
        assertEquals(1000, back.map().heightPx());
        assertEquals(192, back.map().dpi());
        assertEquals(List.of("a.png", "b b.pdf"), back.outputs().maps().stream().map(m -> m.file()).toList());
        assertEquals("cities", back.outputs().coverage().targets());
        assertEquals("a.csv", back.outputs().coverage().file());
        ViewState inf = ViewState.initial();
        assertEquals(ThresholdSet.inf(), ScenarioReader.parse(Exports.scenarioYaml(inf, 10, 10, List.of("m.png"), null, null),
                "inf").set());
        assertThrows(IllegalArgumentException.class, () -> Exports.scenarioYaml(inf, 10, 10, List.of(), null, null));
    }

    /** A centre rounded to 7 decimals of a degree moves by at most 0.5e-7° in each coordinate: under 1 cm. */
    static final double CENTRE_ROUNDING_TOL_M = 0.01;

    @Test
    void screenPixelsAreTheAzimuthalEquidistantDistancesFromTheCentre() {
        ViewState s = ViewState.initial().withView(GeoPoint.of(60, 30), 2500);
        ScreenMap m = new ScreenMap(MapRenderer.prepare(s.screenSpec(900, 600, null),
                org.rangekit.api.Maps.content(s.mapRequest(900, 600, ViewState.SCREEN_DPI)), null));
        double k = m.frame().view().pxPerMeter();
        assertEquals(2500, m.extentKm(), 1e-9);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            double px = r.nextDouble(0, 900);
            double py = r.nextDouble(0, 600);
            GeoPoint p = m.geoAt(px, py).orElseThrow();
            GeodesicData g = Geodesic.WGS84.Inverse(60, 30, p.latDeg(), p.lonDeg());
            assertEquals(Math.hypot(px - 450, py - 300) / k, g.s12, SCREEN_TOL_M, "pixel " + px + "," + py);
            double[] q = m.pixelOf(p);
            assertEquals(px, q[0], SCREEN_TOL_M * k);
            assertEquals(py, q[1], SCREEN_TOL_M * k);
        }
        // Panning moves the point under (450 − dx, 300 − dy) to the centre; zooming keeps its pivot.
        GeoPoint under = m.geoAt(450 - 120, 300 - 40).orElseThrow();
        // The centre is rounded to the 7 decimals a saved scenario writes: at most 0.5e-7° per coordinate.
        GeoPoint panned = m.panned(s, 120, 40).viewCentre();
        assertEquals(ViewState.centreText(under), ViewState.centreText(panned));
        assertEquals(0, Geodesic.WGS84.Inverse(under.latDeg(), under.lonDeg(), panned.latDeg(), panned.lonDeg()).s12,
                CENTRE_ROUNDING_TOL_M);
        assertEquals(1250, m.zoomed(s, 2, 450, 300).extentKm(), 1e-9);
        assertEquals(Optional.empty(), new ScreenMap(MapRenderer.prepare(s.withProjection(ProjectionKind.ORTHO)
                .withView(null, Double.NaN).screenSpec(900, 600, null), org.rangekit.api.Maps.content(
                s.mapRequest(900, 600, ViewState.SCREEN_DPI)), null)).geoAt(1, 1), "off the globe");
    }

    @Test
    void zoomKeepsThePointUnderThePivot() {
        Zoom z = new Zoom(1.5, 30, -20);
        Zoom in = z.zoomedAt(2, 400, 250);
        assertEquals(z.mapX(400), in.mapX(400), 1e-9);
        assertEquals(z.mapY(250), in.mapY(250), 1e-9);
        assertEquals(Zoom.MAX_SCALE, in.zoomedAt(100, 0, 0).scale());
        assertEquals(1, in.zoomedAt(0.001, 0, 0).scale());
    }

    @Test
    void comparisonSaysWhatTheLongerRangeAdds() {
        ViewState s = ViewState.initial().withCompareKm(500);
        Comparison c = Comparison.of(s);
        assertEquals(480, c.narrowerKm());
        assertEquals(500, c.widerKm());
        assertTrue(c.adds(490) && c.adds(500) && !c.adds(480) && !c.adds(500.001));
        // A point 490 km north of Kapustin Yar: only 500 km reaches it.
        GeodesicData g = Geodesic.WGS84.Direct(KY.point().latDeg(), KY.point().lonDeg(), 0, 490_000);
        assertTrue(Readout.at(s, GeoPoint.of(g.lat2, g.lon2)).needLine().contains("only the 500 km range reaches here"));
    }
}
