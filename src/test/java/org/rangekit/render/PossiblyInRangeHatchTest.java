package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.CategorySet;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapContent.MapHatch;

/** The hatched "possibly in range" bands that replace the dotted circle of a site's uncertainty. */
class PossiblyInRangeHatchTest {

    static final Site KY50 = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 50);
    static final Site KY0 = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);

    @Test
    void eachRangeOfASiteKnownToPlusMinusUGetsTheBandRMinusUToRPlusU() {
        MapContent c = RangeLayers.build(List.of(KY50), ThresholdSet.inf(), EarthModel.WGS84, false, List.of(), "", "");
        assertEquals(List.of(430_000.0, 450_000.0, 950_000.0, 5_450_000.0),
                c.hatches().stream().map(h -> h.band().innerMeters()).toList());
        assertEquals(List.of(530_000.0, 550_000.0, 1_050_000.0, 5_550_000.0),
                c.hatches().stream().map(h -> h.band().outerMeters()).toList());
        assertEquals("Possibly in range: site position \u00B150 km", c.hatches().get(0).label());
    }

    @Test
    void aKnownSiteHasNoHatchUnlessARangeIsAnInterval() {
        assertEquals(0, RangeLayers.build(List.of(KY0), ThresholdSet.inf(), EarthModel.WGS84, false, List.of(), "", "")
                .hatches().size());
        ThresholdSet est = ThresholdSet.ofRanges(List.of(RangeEstimate.single(480), RangeEstimate.interval(2350, 2500)),
                CategorySet.inf());
        List<MapHatch> hs = RangeLayers.build(List.of(KY0), est, EarthModel.WGS84, false, List.of(), "", "").hatches();
        assertEquals(1, hs.size());
        assertEquals(2_350_000.0, hs.get(0).band().innerMeters());
        assertEquals(2_500_000.0, hs.get(0).band().outerMeters());
    }

    @Test
    void theUnionHatchIsTheOuterDiscsMinusTheInnerDiscs() {
        Site second = new Site("b", "B", EarthModel.WGS84.direct(KY50.point(), 90, 400_000), "", 20);
        List<MapHatch> hs = RangeLayers.build(List.of(KY50, second), ThresholdSet.custom(List.of(500.0)),
                EarthModel.WGS84, true, List.of(), "", "").hatches();
        assertEquals(1, hs.size());
        org.locationtech.jts.geom.Geometry g = hs.get(0).lonLat();
        org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
        // Due north of KY: 460 km is beyond 500 − 50 (possibly in), 440 km inside it (certainly in).
        GeoPoint in = EarthModel.WGS84.direct(KY50.point(), 0, 460_000);
        GeoPoint certain = EarthModel.WGS84.direct(KY50.point(), 0, 440_000);
        GeoPoint out = EarthModel.WGS84.direct(KY50.point(), 0, 560_000);
        assertTrue(g.contains(f.createPoint(new org.locationtech.jts.geom.Coordinate(in.lonDeg(), in.latDeg()))));
        assertTrue(!g.contains(f.createPoint(new org.locationtech.jts.geom.Coordinate(certain.lonDeg(), certain.latDeg()))));
        assertTrue(!g.contains(f.createPoint(new org.locationtech.jts.geom.Coordinate(out.lonDeg(), out.latDeg()))));
    }

    @Test
    void theBuilderDrawsHatchesAndNoDottedCircle() {
        MapContent c = RangeLayers.build(List.of(KY50), ThresholdSet.inf(), EarthModel.WGS84, false, List.of(), "", "");
        MapSpec spec = new MapSpec(600, 400, 72, org.rangekit.projection.ProjectionKind.AEQD, KY50.point(), 6000,
                EarthModel.WGS84, java.util.EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, null, "", "");
        MapGeometry geometry = new MapGeometry(MapFrame.of(spec, 0));
        List<DrawOp> ops = new LayerBuilder(c, geometry, Runnable::run).build(null);
        assertEquals(4, ops.stream().filter(o -> o instanceof DrawOp.Hatch).count());
        assertEquals(0, ops.stream().filter(o -> o instanceof DrawOp.Stroke s && s.style().dashPx().length == 2
                && s.style().dashPx()[0] < 2).count(), "the dotted uncertainty circle is gone");
    }

    /** The painter's hatch lines stay inside the area: ink inside a square, none outside it. */
    @Test
    void java2dHatchStaysInsideItsArea() {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        new Java2dPainter(g).hatch(MapPath.rectangle(50, 50, 100, 100),
                new Painter.LineStyle(Rgba.hex(0x000000), 1), 6);
        g.dispose();
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                boolean ink = (img.getRGB(x, y) & 0xFF) < 128;
                boolean in = x >= 49 && x <= 151 && y >= 49 && y <= 151;
                if (ink && in) {
                    inside++;
                } else if (ink) {
                    outside++;
                }
            }
        }
        assertEquals(0, outside);
        // 1 px lines 6 px apart along the diagonal cover about 1/4.2 of the square (6 / √2 ≈ 4.24 px per line).
        assertTrue(inside > 10_000 / 6 && inside < 10_000 / 2, "ink pixels inside: " + inside);
    }
}
