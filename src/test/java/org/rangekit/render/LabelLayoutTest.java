package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.LabelPlacer.Box;
import org.rangekit.render.Painter.TextStyle;

/**
 * Label layout measures text only through the painter's {@link TextMetrics}: with a fake painter's
 * metrics (every character {@code CHAR_PX} wide, every line {@code LINE_PX} high, unlike any real
 * font) the boxes are exactly where those sizes put them.
 */
class LabelLayoutTest {

    /** Width of every character in the fake metrics (pixels). */
    static final double CHAR_PX = 9;
    /** Height of every line in the fake metrics (pixels): far from DejaVu Sans at 8-10 pt, 72 dpi. */
    static final double LINE_PX = 23;
    /** Layout arithmetic is exact up to rounding (pixels). */
    static final double TOL_PX = 1e-9;

    static final TextMetrics FAKE = (text, style) -> new double[] {CHAR_PX * text.length(), LINE_PX};

    static final Site KY = new Site("kapustin-yar", "Kapustin Yar", MapContentTest.KY.point(), "", 0);

    static MapSpec spec(EnumSet<MapLayer> layers) {
        return new MapSpec(1000, 800, 72, ProjectionKind.AEQD, KY.point(), Double.NaN, EarthModel.WGS84, layers,
                MapStyle.DEFAULT, null, "", "");
    }

    static List<DrawOp> layout(MapContent content, MapSpec spec, TextMetrics metrics) {
        MapGeometry g = new MapGeometry(MapFitter.frame(spec, content, metrics));
        return new LabelLayout(content, g, LabelLayout.placer(spec), metrics).layout();
    }

    static List<DrawOp.Text> texts(List<DrawOp> ops) {
        List<DrawOp.Text> out = new ArrayList<>();
        for (DrawOp op : ops) {
            if (op instanceof DrawOp.Text t) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void aSiteNameSitsRightOfItsMarkerSizedByThePaintersMetrics() {
        MapContent content = MapContentTest.inf(KY);
        MapSpec spec = spec(EnumSet.of(MapLayer.SITES));
        List<DrawOp.Text> names = texts(layout(content, spec, FAKE));
        assertEquals(1, names.size(), names::toString);
        DrawOp.Text name = names.get(0);
        assertEquals("Kapustin Yar", name.text());
        // The site is the centre of the canvas; first choice: right of the marker (3.2 pt + 3 pt gap),
        // the box centred on the marker's height, the baseline at 0.78 of the fake line height.
        double pt = spec.pxPerPt();
        assertEquals(500 + 3.2 * pt + 3 * pt, name.x(), TOL_PX);
        assertEquals(400 - LINE_PX / 2 + LabelLayout.BASELINE * LINE_PX, name.y(), TOL_PX);
    }

    @Test
    void aNameTooWideForTheCanvasIsLeftOutButItsMarkerIsDrawn() {
        TextMetrics wide = (text, style) -> new double[] {2000, LINE_PX};
        List<DrawOp> ops = layout(MapContentTest.inf(KY), spec(EnumSet.of(MapLayer.SITES)), wide);
        assertTrue(texts(ops).isEmpty(), ops::toString);
        assertEquals(1, ops.stream().filter(op -> op instanceof DrawOp.Fill).count(), "the site's triangle");
    }

    @Test
    void ringLabelsAreDrawnOnceEachAndApartInThePaintersMetrics() {
        MapContent content = MapContentTest.inf(KY);
        MapSpec spec = spec(EnumSet.of(MapLayer.SITES, MapLayer.RINGS, MapLayer.RING_LABELS));
        List<DrawOp.Text> texts = texts(layout(content, spec, FAKE));
        List<Box> boxes = new ArrayList<>();
        for (Threshold t : ThresholdSet.inf().thresholds()) {
            List<DrawOp.Text> drawn = texts.stream().filter(x -> x.text().equals(t.label())).toList();
            assertEquals(1, drawn.size(), t.label() + " in " + texts);
            DrawOp.Text x = drawn.get(0);
            double w = CHAR_PX * t.label().length();
            Box b = new Box(x.x(), x.y() - LabelLayout.BASELINE * LINE_PX, w, LINE_PX);
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= 1000 && b.y() + b.h() <= 800, b.toString());
            boxes.add(b);
        }
        // The site's own name too: a label placed with Java2D sizes would overlap these fake boxes.
        DrawOp.Text site = texts.stream().filter(x -> x.text().equals("Kapustin Yar")).findFirst().orElseThrow();
        boxes.add(new Box(site.x(), site.y() - LabelLayout.BASELINE * LINE_PX, CHAR_PX * 12, LINE_PX));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j), 0), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void theTitlePanelIsSizedByThePaintersMetrics() {
        MapSpec spec = new MapSpec(1000, 600, 72, ProjectionKind.WORLD, KY.point(), Double.NaN, EarthModel.WGS84,
                EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, null, "Title", "");
        TextStyle any = new TextStyle(10, false, MapStyle.DEFAULT.ink(), null);
        assertEquals(LINE_PX, FAKE.textSize("x", any)[1]);
        Box panel = MapFurniture.titleBox(spec, FAKE);
        double pad = 6 * spec.pxPerPt();
        assertEquals(CHAR_PX * 5 + 2 * pad, panel.w(), TOL_PX);
        assertEquals(LINE_PX + 2 * pad, panel.h(), TOL_PX);
        // A world map is fitted below that panel.
        assertTrue(MapFrame.of(spec, 0, FAKE).mapTopPx() > panel.y() + panel.h());
    }
}
