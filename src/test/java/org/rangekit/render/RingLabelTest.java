package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * Every ring's label is drawn, even where the rings crowd together; regression test for the 1,000 km
 * label missing on the Robinson map of McMurdo (-77.85, 166.67), whose rings squeeze along the
 * bottom edge.
 */
class RingLabelTest {

    static final Site MCMURDO = new Site("mcmurdo", "-77.85,166.67", GeoPoint.of(-77.85, 166.67), "", 0);

    @ParameterizedTest(name = "{0} {1}x{2} at {3} dpi")
    @CsvSource({"WORLD, 2000, 1400, 150", "WORLD, 1600, 1100, 150", "WORLD, 1200, 800, 150", "WORLD, 1000, 600, 150",
        "WORLD, 800, 500, 96", "WORLD, 400, 300, 72", "MERCATOR, 1600, 1100, 150", "MERCATOR, 1000, 600, 150",
        "AEQD, 1600, 1100, 150", "AEQD, 800, 500, 150", "ORTHO, 1000, 1000, 150", "LAEA, 600, 400, 150"})
    void everyRingLabelIsDrawn(ProjectionKind kind, int w, int h, double dpi) {
        ThresholdSet inf = ThresholdSet.inf();
        MapContent content = RangeLayers.build(List.of(MCMURDO), inf, EarthModel.WGS84, false, List.of(), "",
                "Natural Earth; GeoNames");
        MapSpec spec = new MapSpec(w, h, dpi, kind, MCMURDO.point(), Double.NaN, EarthModel.WGS84,
                EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, null, "INF Treaty ranges from -77.85,166.67",
                "Exact geodesic distances on the WGS84 ellipsoid");
        RecordingPainter rec = new RecordingPainter();
        MapRenderer.render(spec, content, null, rec);
        List<RecordingPainter.TextOp> ringLabels = new java.util.ArrayList<>();
        for (Threshold t : inf.thresholds()) {
            // A claimed range also has its own legend entry (dashed line): the map label comes on top.
            long expected = 1 + (t.role() == Threshold.Role.CLAIMED ? 1 : 0);
            List<RecordingPainter.TextOp> drawn = rec.textOps.stream().filter(o -> o.text().equals(t.label())).toList();
            assertEquals(expected, drawn.size(), t.label() + " not drawn on the map; texts: " + rec.texts);
            ringLabels.add(drawn.get(0));
        }
        for (int i = 0; i < ringLabels.size(); i++) {
            for (int j = i + 1; j < ringLabels.size(); j++) {
                RecordingPainter.TextOp a = ringLabels.get(i);
                RecordingPainter.TextOp b = ringLabels.get(j);
                boolean overlap = a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h()
                        && b.y() < a.y() + a.h();
                assertFalse(overlap, a + " overlaps " + b);
            }
        }
    }
}
