package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rangekit.api.Scenarios;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.render.MapFrame;
import org.rangekit.render.MapRenderer;
import org.rangekit.scenario.Scenario;
import org.rangekit.io.in.ScenarioReader;

/**
 * A panned and zoomed view exported as PNG, SVG and PDF is the map {@code rangekit run} draws for
 * the saved scenario, byte for byte, in every projection the viewer offers: the scenario's
 * {@code map: centre} and {@code extent_km} carry the view, not the sites' middle.
 */
class ExportsViewTest {

    static final int W = 240;
    static final int H = 160;

    @TempDir
    Path dir;

    /** The view as a user leaves it: panned by a drag in the azimuthal view, zoomed about a pixel, projection chosen. */
    static ViewState moved(ProjectionKind kind) {
        ViewState s = ViewState.initial();
        ScreenMap m = new ScreenMap(MapRenderer.prepare(s.screenSpec(W, H, null), s.mapContent(W, H,
                ViewState.SCREEN_DPI), null));
        s = m.panned(s, 37.3, -21.9);
        m = new ScreenMap(MapRenderer.prepare(s.screenSpec(W, H, null), s.mapContent(W, H, ViewState.SCREEN_DPI), null));
        s = m.zoomed(s, 1.7, 61, 40);
        return s.withProjection(kind);
    }

    @ParameterizedTest
    @EnumSource(value = ProjectionKind.class, names = {"AEQD", "ORTHO", "LAEA", "WORLD", "MERCATOR"})
    void aMovedViewRunsToTheSameMaps(ProjectionKind kind) throws Exception {
        ViewState s = moved(kind);
        assertNotNull(s.centre(), "the drag moved the centre");
        assertNotEquals(ViewState.initial().viewCentre(), s.centre());
        exportsRunToTheSameBytes(s, kind);
        // The exported map is the view's: centred where the view is (the export's frame, at twice the size).
        if (ScreenMap.redrawsToNavigate(kind)) {
            double[] c = MapRenderer.prepare(s.mapSpec(2 * W, 2 * H, Exports.exportDpi()),
                    s.mapContent(2 * W, 2 * H, Exports.exportDpi()), null).frame().pixel(s.centre());
            assertEquals(W, c[0], 0.5, "centre column");
            assertEquals(H, c[1], 0.5, "centre row");
        }
    }

    /** Exports PNG, SVG and PDF of the view, saves its scenario, runs it: the same bytes. */
    void exportsRunToTheSameBytes(ViewState s, ProjectionKind kind) throws Exception {
        Path saved = dir.resolve("saved");
        Path again = dir.resolve("again");
        Files.createDirectories(saved);
        Files.createDirectories(again);
        List<String> maps = List.of("v.png", "v.svg", "v.pdf");
        for (String f : maps) {
            Exports.map(s, W, H, saved.resolve(f));
        }
        String yaml = Exports.scenarioYaml(s, W, H, maps, null, null);
        Scenario read = ScenarioReader.parse(yaml, "v");
        assertEquals(s.centre(), read.map().centre(), "the centre read back exactly");
        assertEquals(s.extentKm(), read.map().extentKm(), 0, "the extent read back exactly");
        Files.writeString(again.resolve("v.yaml"), yaml);
        List<String> written = new ArrayList<>();
        Scenarios.run(again.resolve("v.yaml"), written::add);
        assertEquals(3, written.size(), written.toString());
        for (String f : maps) {
            // A PDF carries the time of writing unless SOURCE_DATE_EPOCH fixes it (PdfMaps): then it too is compared.
            if (f.endsWith(".pdf") && !String.valueOf(System.getenv("SOURCE_DATE_EPOCH")).matches("\\d{1,12}")) {
                continue;
            }
            assertArrayEquals(Files.readAllBytes(saved.resolve(f)), Files.readAllBytes(again.resolve(f)), kind + " " + f);
        }
    }

    /**
     * A world or Mercator map magnified in the window (not redrawn: the drawing enlarged and moved)
     * exports and saves the window: centred on the point at the window's middle, at the magnified
     * scale, and the export and the saved scenario's run are the same bytes.
     */
    @ParameterizedTest
    @EnumSource(value = ProjectionKind.class, names = {"WORLD", "MERCATOR"})
    void aMagnifiedWorldMapRunsToTheSameMaps(ProjectionKind kind) throws Exception {
        ViewState s = ViewState.initial().withProjection(kind);
        ScreenMap m = new ScreenMap(MapRenderer.prepare(s.screenSpec(W, H, null), s.mapContent(W, H,
                ViewState.SCREEN_DPI), null));
        Zoom z = Zoom.NONE.zoomedAt(4, 150, 70).panned(-23, 11);
        ViewState shown = m.magnifiedView(s, z);
        assertNotNull(shown.centre(), "the window's middle named");
        exportsRunToTheSameBytes(shown, kind);
        // The export (twice the window's size) draws the point at the window's middle at its middle, and
        // at the window's scale: on Web Mercator, shifted along the equator without change of shape,
        // every point where the window shows it (twice its pixel); on Robinson, recentred on the
        // window's meridian, the centre and the scale at it.
        MapFrame f = MapRenderer.prepare(shown.mapSpec(2 * W, 2 * H, Exports.exportDpi()),
                shown.mapContent(2 * W, 2 * H, Exports.exportDpi()), null).frame();
        double[] c = f.pixel(shown.centre());
        assertEquals(W, c[0], 0.5, "centre column");
        assertEquals(H, c[1], 0.5, "centre row");
        // Both projections place a latitude's row whatever the central meridian: the same scale in metres.
        double k = 2 * m.frame().view().pxPerMeter() * z.scale();
        assertEquals(k, f.view().pxPerMeter(), 1e-9 * k, "the window's scale, at twice the size");
        if (kind == ProjectionKind.MERCATOR) {
            for (double[] px : new double[][] {{20, 15}, {220, 140}, {60, 130}}) {
                GeoPoint q = m.geoAt(z.mapX(px[0]), z.mapY(px[1])).orElseThrow();
                double[] e = f.pixel(q);
                assertEquals(2 * px[0], e[0], 0.5, "column of the point under " + px[0] + "," + px[1]);
                assertEquals(2 * px[1], e[1], 0.5, "row of the point under " + px[0] + "," + px[1]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ProjectionKind.class, names = {"AEQD", "MERCATOR"})
    void aScenarioCentreOpensAsTheView(ProjectionKind kind) {
        ViewState s = moved(kind);
        String yaml = Exports.scenarioYaml(s, W, H, List.of("v.png"), null, null);
        ViewState opened = ViewState.of(ScenarioReader.parse(yaml, "v"));
        assertEquals(s.centre(), opened.centre());
        assertEquals(s.extentKm(), opened.extentKm(), 0);
        assertEquals(s.viewCentre(), opened.viewCentre());
    }
}
