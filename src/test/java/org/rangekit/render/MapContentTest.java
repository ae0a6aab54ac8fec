package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** Render tests that assert what is on the map, not only that a file exists. */
class MapContentTest {

    static final Site KY = new Site("kapustin-yar", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 50);
    static final Site PK = new Site("petropavlovsk-kamchatsky", "Petropavlovsk-Kamchatsky",
            GeoPoint.of(53.06393, 158.62751), "", 0);

    /** Anti-aliasing touches at most the pixels next to an edge. */
    static final double AA_PX = 1.0;

    static MapContent inf(Site s) {
        return RangeLayers.build(List.of(s), ThresholdSet.inf(), EarthModel.WGS84, false, List.of(), "", "Natural Earth; GeoNames");
    }

    static MapSpec spec(ProjectionKind kind, Site s, int w, int h, EnumSet<MapLayer> layers) {
        return new MapSpec(w, h, 72, kind, s.point(), Double.NaN, EarthModel.WGS84, layers, MapStyle.DEFAULT, null,
                "", "");
    }

    @Test
    void northPoleLiesInThe5500kmBandOfKapustinYar() {
        MapSpec spec = spec(ProjectionKind.AEQD, KY, 800, 600, EnumSet.of(MapLayer.OCEAN, MapLayer.BANDS));
        MapRenderer.Prepared p = MapRenderer.prepare(spec, inf(KY), null);
        BufferedImage img = MapWriter.image(spec, p);
        double[] pole = p.frame().pixel(GeoPoint.of(90, 0));
        // A reference point certainly in the 1,000-5,500 km band: 3,000 km due south.
        double[] inBand = p.frame().pixel(EarthModel.WGS84.direct(KY.point(), 180, 3_000_000));
        // And one certainly outside: 5,900 km due south-west (inside the window, beyond the outer ring).
        double[] outside = p.frame().pixel(EarthModel.WGS84.direct(KY.point(), 225, 5_900_000));
        int bandRgb = img.getRGB((int) inBand[0], (int) inBand[1]);
        assertTrue(pole[1] > 0, "the pole is on the map");
        assertEquals(bandRgb, img.getRGB((int) pole[0], (int) pole[1]), "pole pixel has the 5,500 km band fill");
        assertNotEquals(bandRgb, img.getRGB((int) outside[0], (int) outside[1]), "beyond 5,500 km is not band");
        // The pole is 4,600 km away: between the 1,000 and 5,500 km circles in map pixels too.
        double r = Math.hypot(pole[0] - 400, pole[1] - 300) / p.frame().view().pxPerMeter();
        assertEquals(EarthModel.WGS84.distanceMeters(KY.point(), GeoPoint.of(90, 0)), r, 1e-3 * 1000);
    }

    @Test
    void nothingIsDrawnBeyondTheGlobesHorizon() {
        MapSpec spec = spec(ProjectionKind.ORTHO, PK, 600, 600, EnumSet.allOf(MapLayer.class));
        RecordingPainter rec = new RecordingPainter();
        MapRenderer.render(spec, inf(PK), scale -> SyntheticBasemap.create(), rec);
        double k = MapFrame.of(spec, 0).view().pxPerMeter();
        double horizonPx = EarthModel.WGS84.equatorialRadiusMeters() * k;
        int checked = 0;
        for (RecordingPainter.Op op : rec.ops) {
            if (!op.clipped()) {
                continue;
            }
            for (MapPath.Part part : op.path().parts()) {
                double[] xy = part.xy();
                for (int i = 0; i < xy.length; i += 2) {
                    double r = Math.hypot(xy[i] - 300, xy[i + 1] - 300);
                    assertTrue(r <= horizonPx + AA_PX, op.kind() + " vertex at " + r + " px beyond horizon " + horizonPx);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "too little drawn: " + checked);
    }

    @ParameterizedTest
    @CsvSource({"WORLD, synthetic", "MERCATOR, synthetic", "WORLD, 110m", "MERCATOR, 50m"})
    void noStrokeSpansHalfAWorldMap(ProjectionKind kind, String basemap) {
        int w = 1000;
        MapSpec spec = spec(kind, PK, w, 600, EnumSet.allOf(MapLayer.class));
        RecordingPainter rec = new RecordingPainter();
        Basemap.Source source = basemap.equals("synthetic") ? scale -> SyntheticBasemap.create()
                : scale -> EmbeddedBasemaps.load(basemap);
        // Petropavlovsk's rings cross ±180° and its 5,500 km disc contains the North Pole; Russia, Fiji
        // and Antarctica cross or touch ±180° in the real data.
        MapRenderer.render(spec, inf(PK), source, rec);
        int segments = 0;
        for (RecordingPainter.Op op : rec.ops) {
            if (!op.clipped()) {
                continue;
            }
            for (MapPath.Part part : op.path().parts()) {
                double[] xy = part.xy();
                int n = part.size() + (part.closed() ? 1 : 0);
                for (int i = 1; i < n; i++) {
                    int a = 2 * (i - 1);
                    int b = 2 * (i % part.size());
                    double dx = Math.abs(xy[b] - xy[a]);
                    assertTrue(dx < w / 2.0, op.kind() + " segment spans " + dx + " px of a " + w + " px map");
                    segments++;
                }
            }
        }
        assertTrue(segments > 10_000, "too little drawn: " + segments);
    }

    /**
     * Web Mercator centred on Petropavlovsk (158.6° E): the seam is at 21.4° W, the data's cut at ±180°
     * lies inside the map. No stroke may run along the old cut (Russia, Fiji, Antarctica and the rings
     * are cut there in lon/lat), and the 180th meridian of the graticule is still drawn.
     */
    @Test
    void mercatorCentredOnThePacificStrokesNoCut() {
        int w = 1000;
        MapSpec spec = spec(ProjectionKind.MERCATOR, PK, w, 600, EnumSet.allOf(MapLayer.class));
        RecordingPainter rec = new RecordingPainter();
        MapRenderer.render(spec, inf(PK), scale -> EmbeddedBasemaps.load("50m"), rec);
        MapFrame f = MapFrame.of(spec, 0);
        double xCut = f.pixel(GeoPoint.of(0, 180))[0];
        assertEquals(w / 2.0 + (180 - PK.point().lonDeg()) / 360 * w, xCut, 1e-6, "180° lies inside the map");
        assertEquals(w / 2.0, f.pixel(PK.point())[0], 1e-6, "the site's meridian is the map's centre");
        double graticuleAtCut = 0;
        for (RecordingPainter.Op op : rec.ops) {
            if (!op.clipped() || !op.kind().equals("stroke")) {
                continue;
            }
            boolean graticule = op.colour().equals(MapStyle.DEFAULT.graticule());
            for (MapPath.Part part : op.path().parts()) {
                double[] xy = part.xy();
                int n = part.size() + (part.closed() ? 1 : 0);
                for (int i = 1; i < n; i++) {
                    int a = 2 * (i - 1);
                    int b = 2 * (i % part.size());
                    double dx = Math.abs(xy[b] - xy[a]);
                    assertTrue(dx < w / 2.0, op.kind() + " segment spans " + dx + " px of a " + w + " px map");
                    boolean alongCut = Math.abs(xy[a] - xCut) < 0.01 && Math.abs(xy[b] - xCut) < 0.01;
                    double len = Math.abs(xy[b + 1] - xy[a + 1]);
                    if (alongCut && graticule) {
                        graticuleAtCut += len;
                    } else if (alongCut) {
                        assertTrue(len < 1, "a " + len + " px stroke runs along the 180th meridian");
                    }
                }
            }
        }
        assertTrue(graticuleAtCut > 500, "the 180th meridian of the graticule is drawn: " + graticuleAtCut + " px");
    }

    @Test
    void aeqdCirclesAgreeWithProjectedRingPolygons() {
        MapSpec spec = spec(ProjectionKind.AEQD, KY, 800, 600, EnumSet.of(MapLayer.RINGS));
        MapFrame f = MapFrame.of(spec, 5_500_000);
        Reprojector rp = new Reprojector(f.projection(), f.view(), f.clipLonLat(), 0.1);
        for (double km : new double[] {480, 500, 1000, 5500}) {
            var ring = new org.rangekit.range.Ring(KY.point(), km * 1000, EarthModel.WGS84);
            MapPath path = rp.strokePath(org.rangekit.geometry.RingPolygons.disc(ring, 10));
            double rPx = km * 1000 * f.view().pxPerMeter();
            for (MapPath.Part part : path.parts()) {
                double[] xy = part.xy();
                for (int i = 0; i < xy.length; i += 2) {
                    double r = Math.hypot(xy[i] - 400, xy[i + 1] - 300);
                    // The polygon's vertices are on the ring; its edges within 10 m: far below 0.1 px here.
                    assertEquals(rPx, r, 0.1, km + " km ring vertex off the exact circle");
                }
            }
        }
    }
}
