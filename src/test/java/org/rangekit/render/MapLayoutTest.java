package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.LabelPlacer.Box;

/**
 * The title panel covers nothing of a world or Mercator map: on a canvas wide relative to its height
 * (1000×600) the panel once hid the top of the Robinson outline, and with it the North Pole's band and
 * site marker ({@code rangekit map --site 90,0 --site -90,0 --range 500 --size 1000x600}). Checked on
 * what is recorded as drawn, at the CLI's default 150 dpi.
 */
class MapLayoutTest {

    static final double DPI = 150;
    static final String SUBTITLE = "Exact geodesic distances on the WGS84 ellipsoid";

    static MapSpec spec(ProjectionKind kind, GeoPoint centre, String title) {
        return new MapSpec(1000, 600, DPI, kind, centre, Double.NaN, EarthModel.WGS84, EnumSet.allOf(MapLayer.class),
                MapStyle.DEFAULT, null, title, SUBTITLE);
    }

    static boolean inside(Box b, double x, double y) {
        return x >= b.x() && x <= b.x() + b.w() && y >= b.y() && y <= b.y() + b.h();
    }

    static double minY(MapPath path) {
        double m = Double.POSITIVE_INFINITY;
        for (MapPath.Part part : path.parts()) {
            for (int i = 1; i < part.size(); i += 2) {
                m = Math.min(m, part.xy()[i]);
            }
        }
        return m;
    }

    /** The title panel drawn, checked against the recorded panel fill and title text. */
    static Box titlePanel(MapRenderer.Prepared p, RecordingPainter rec) {
        MapSpec spec = p.frame().spec();
        Box b = MapFurniture.titleBox(spec, TextMetrics.java2d());
        assertNotNull(b, "no title panel");
        MapPath panel = MapPath.rectangle(b.x(), b.y(), b.w(), b.h());
        assertTrue(rec.ops.stream().anyMatch(o -> o.kind().equals("fill") && !o.clipped()
                && java.util.Arrays.equals(o.path().parts().get(0).xy(), panel.parts().get(0).xy())),
                "the title panel's fill is not drawn at " + b);
        RecordingPainter.TextOp t = rec.textOps.stream().filter(o -> o.text().equals(spec.title())).findFirst()
                .orElseThrow();
        assertTrue(inside(b, t.x(), t.y()) && inside(b, t.x() + t.w(), t.y() + t.h()), "title text outside " + b);
        return b;
    }

    /** The map's outline: the ocean fill, drawn before the map clip. */
    static MapPath outline(RecordingPainter rec) {
        return rec.ops.stream().filter(o -> o.kind().equals("fill") && o.colour().equals(MapStyle.DEFAULT.ocean()))
                .findFirst().orElseThrow().path();
    }

    @Test
    void polesAt1000x600TitlePanelHidesNeitherTheNorthSiteNorTheTopOfTheWorld() {
        List<Site> sites = List.of(MapFitTest.site("north", 90, 0), MapFitTest.site("south", -90, 0));
        MapContent content = RangeLayers.build(sites, ThresholdSet.custom(List.of(500.0)), EarthModel.WGS84, false,
                List.of(), "", "Natural Earth; GeoNames");
        GeoPoint centre = RangeLayers.centreOf(sites.stream().map(Site::point).toList());
        MapRenderer.Prepared p = MapRenderer.prepare(
                spec(ProjectionKind.AEQD, centre, "Ranges 500 km from 90,0, -90,0"), content, null);
        assertEquals(ProjectionKind.WORLD, p.frame().spec().projection());
        RecordingPainter rec = new RecordingPainter();
        MapRenderer.paint(p, rec);
        Box title = titlePanel(p, rec);
        double bottom = title.y() + title.h();

        // The north site's marker: drawn, and no vertex of it under the panel.
        double[] m = p.frame().pixel(GeoPoint.of(90, 0));
        double r = 3.2 * p.frame().spec().pxPerPt();
        MapPath marker = MapPath.triangle(m[0], m[1], r);
        assertTrue(rec.ops.stream().anyMatch(o -> o.kind().equals("fill")
                && java.util.Arrays.equals(o.path().parts().get(0).xy(), marker.parts().get(0).xy())),
                "north site marker not drawn at " + m[0] + "," + m[1]);
        double[] v = marker.parts().get(0).xy();
        for (int i = 0; i < v.length; i += 2) {
            assertFalse(inside(title, v[i], v[i + 1]), "marker vertex " + v[i] + "," + v[i + 1] + " under " + title);
        }

        // The top of the Robinson outline (the pole line, ±180°) lies below the panel, and so does the outline.
        for (double lon = -180; lon <= 180; lon += 1) {
            double[] q = p.frame().pixel(GeoPoint.of(90, lon));
            assertTrue(q[1] > bottom, "pole line at lon " + lon + " at y " + q[1] + " under the panel ending at "
                    + bottom);
        }
        assertTrue(minY(outline(rec)) > bottom, "outline top " + minY(outline(rec)) + " above panel bottom " + bottom);
        // The North Pole's 500 km band (the strip along the top) is drawn below it too.
        MapPath band = rec.ops.stream().filter(o -> o.kind().equals("fill") && o.clipped()
                && o.colour().equals(MapStyle.DEFAULT.bandFill(0))).findFirst().orElseThrow().path();
        assertTrue(minY(band) > bottom, "band top " + minY(band) + " above panel bottom " + bottom);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProjectionKind.class, names = {"WORLD", "MERCATOR"})
    void worldMapsAreFittedBelowTheTitlePanel(ProjectionKind kind) {
        MapRenderer.Prepared p = MapRenderer.prepare(spec(kind, MapContentTest.KY.point(),
                "INF Treaty ranges from Kapustin Yar"), MapContentTest.inf(MapContentTest.KY), null);
        RecordingPainter rec = new RecordingPainter();
        MapRenderer.paint(p, rec);
        Box title = titlePanel(p, rec);
        double top = minY(outline(rec));
        assertTrue(top > title.y() + title.h(), kind + ": outline top " + top + " under the panel " + title);
        assertTrue(top < 600 / 4.0, kind + ": outline top " + top + " leaves too much canvas empty");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProjectionKind.class, names = {"AEQD", "ORTHO", "LAEA"})
    void azimuthalMapsStillFillTheCanvas(ProjectionKind kind) {
        MapFrame f = MapFrame.of(spec(kind, MapContentTest.KY.point(), "INF Treaty ranges from Kapustin Yar"), 0);
        assertEquals(0, f.mapTopPx());
        assertEquals(0, f.view().centreY());
    }
}
