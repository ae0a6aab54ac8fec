package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.projection.SisProjection;

/** Map frames: the clip disc covers the canvas, the globe shows its hemisphere, the basemap scale fits. */
class MapFrameTest {

    static final GeometryFactory GF = new GeometryFactory();

    static MapSpec spec(ProjectionKind kind, int w, int h, double extentKm) {
        return new MapSpec(w, h, 150, kind, GeoPoint.of(48.58175, 45.74481), extentKm, EarthModel.WGS84,
                EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, null, "", "");
    }

    @ParameterizedTest
    @CsvSource({"AEQD, 650", "AEQD, 6000", "LAEA, 6000", "ORTHO, 2000"})
    void everyCanvasCornerLiesInsideTheClipDisc(ProjectionKind kind, double extentKm) {
        MapFrame f = MapFrame.of(spec(kind, 2000, 1400, extentKm), 0);
        for (double[] c : new double[][] {{0, 0}, {2000, 0}, {0, 1400}, {2000, 1400}}) {
            double x = (c[0] - 1000) / f.view().pxPerMeter();
            double y = (700 - c[1]) / f.view().pxPerMeter();
            double[] ll = f.projection().inverse(x, y);
            double d = EarthModel.WGS84.distanceMeters(f.spec().centre(), GeoPoint.of(ll[0], ll[1]));
            assertTrue(d < f.capRadiusMeters(), kind + " corner " + d + " m beyond the clip disc " + f.capRadiusMeters());
            assertTrue(f.clipLonLat().contains(GF.createPoint(new Coordinate(ll[1], ll[0]))),
                    "corner inside the clip polygon");
        }
    }

    @Test
    void theWholeGlobeShowsItsVisibleHemisphere() {
        MapFrame f = MapFrame.of(spec(ProjectionKind.ORTHO, 1400, 1400, Double.NaN), 0);
        assertEquals(SisProjection.GLOBE_RADIUS_M, f.capRadiusMeters(), 0);
    }

    @ParameterizedTest
    @CsvSource({
        // projection, width, height, extent km (NaN: fit/whole world), expected scale
        "AEQD, 2000, 1400, 6160, 50m",   // the seed case: ~8.8 km/px
        "AEQD, 1600, 1100, 650, 10m",    // 480 vs 500 km: ~1.2 km/px
        "AEQD, 1600, 1100, 1400, 50m",   // Chernyakhovsk: ~2.5 km/px
        "WORLD, 1000, 600, NaN, 110m",
        "AEQD, 400, 300, 6160, 110m",
    })
    void basemapScaleFollowsResolution(ProjectionKind kind, int w, int h, double extentKm, String expected) {
        assertEquals(expected, MapFrame.of(spec(kind, w, h, extentKm), 0).autoBasemapScale());
    }
}
