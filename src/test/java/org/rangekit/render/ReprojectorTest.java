package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;

/** Densification, cut-segment handling and clipping of the reprojector. */
class ReprojectorTest {

    static final GeometryFactory GF = new GeometryFactory();
    /** The reprojector's edge tolerance plus a hair for the midpoint measure used here. */
    static final double EDGE_TOL_PX = MapGeometry.EDGE_TOL_PX + 0.05;

    static MapFrame frame(ProjectionKind kind, GeoPoint centre, double extentKm) {
        MapSpec spec = new MapSpec(1000, 700, 72, kind, centre, extentKm, EarthModel.WGS84,
                EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, null, "", "");
        return MapFrame.of(spec, 0);
    }

    @Test
    void aLongParallelIsDrawnWithinTheToleranceOfItsTrueCurve() {
        MapFrame f = frame(ProjectionKind.AEQD, GeoPoint.of(48.58, 45.74), 6000);
        Reprojector rp = new Reprojector(f.projection(), f.view(), f.clipLonLat(), MapGeometry.EDGE_TOL_PX);
        // Two vertices only: 150° of the 70th parallel, a long curve in aeqd.
        LineString parallel = GF.createLineString(new Coordinate[] {new Coordinate(-30, 70), new Coordinate(120, 70)});
        MapPath path = rp.strokePath(parallel);
        int segments = 0;
        for (MapPath.Part part : path.parts()) {
            double[] xy = part.xy();
            for (int i = 2; i < xy.length; i += 2) {
                double mx = (xy[i - 2] + xy[i]) / 2;
                double my = (xy[i - 1] + xy[i + 1]) / 2;
                double[] ll = f.projection().inverse((mx - 500) / f.view().pxPerMeter(), (350 - my) / f.view().pxPerMeter());
                double[] onCurve = f.pixel(GeoPoint.of(70, ll[1]));
                assertTrue(Math.hypot(onCurve[0] - mx, onCurve[1] - my) <= EDGE_TOL_PX,
                        "chord midpoint off the parallel by " + Math.hypot(onCurve[0] - mx, onCurve[1] - my) + " px");
                segments++;
            }
        }
        assertTrue(segments > 20, "the parallel was densified: " + segments + " segments");
    }

    @Test
    void cutSegmentsAreRecognised() {
        assertTrue(Reprojector.isCutSegment(new Coordinate(180, 10), new Coordinate(180, 20)));
        assertTrue(Reprojector.isCutSegment(new Coordinate(-180, 10), new Coordinate(-180, -5)));
        assertTrue(Reprojector.isCutSegment(new Coordinate(-180, 90), new Coordinate(180, 90)));
        assertFalse(Reprojector.isCutSegment(new Coordinate(179, 10), new Coordinate(180, 20)));
        assertFalse(Reprojector.isCutSegment(new Coordinate(-180, 10), new Coordinate(180, 10)));
    }

    @Test
    void polygonCutEdgesAreNotStroked() {
        // A polygon cut at +180° (as RFC 7946 data is): its edge on the antimeridian is no coastline.
        MapFrame f = frame(ProjectionKind.AEQD, GeoPoint.of(60, 175), 1500);
        Reprojector rp = new Reprojector(f.projection(), f.view(), f.clipLonLat(), MapGeometry.EDGE_TOL_PX);
        var poly = GF.createPolygon(new Coordinate[] {new Coordinate(170, 55), new Coordinate(180, 55),
            new Coordinate(180, 65), new Coordinate(170, 65), new Coordinate(170, 55)});
        MapPath stroke = rp.strokePath(poly);
        double xAt180 = f.pixel(GeoPoint.of(60, 180))[0];
        for (MapPath.Part part : stroke.parts()) {
            double[] xy = part.xy();
            for (int i = 2; i < xy.length; i += 2) {
                boolean bothOnCut = Math.abs(xy[i - 2] - xAt180) < 40 && Math.abs(xy[i] - xAt180) < 40
                        && Math.abs(xy[i + 1] - xy[i - 1]) > 50;
                assertFalse(bothOnCut, "a long segment runs along the antimeridian");
            }
        }
        // The fill keeps the cut edge: it closes the polygon.
        assertEquals(1, rp.fillPath(poly).parts().size());
    }

    @Test
    void globeClipRemovesTheFarSide() {
        MapFrame f = frame(ProjectionKind.ORTHO, GeoPoint.of(53, 158.6), Double.NaN);
        Reprojector rp = new Reprojector(f.projection(), f.view(), f.clipLonLat(), MapGeometry.EDGE_TOL_PX);
        // A box around the antipode (-53, -21.4) is entirely hidden: nothing to draw.
        var farBox = GF.createPolygon(new Coordinate[] {new Coordinate(-30, -60), new Coordinate(-10, -60),
            new Coordinate(-10, -45), new Coordinate(-30, -45), new Coordinate(-30, -60)});
        assertTrue(rp.fillPath(farBox).isEmpty());
        assertTrue(rp.strokePath(farBox).isEmpty());
    }
}
