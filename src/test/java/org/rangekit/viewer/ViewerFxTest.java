package org.rangekit.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.api.Coverage;
import org.rangekit.api.CoverageParameters;
import org.rangekit.api.MapRequest;
import org.rangekit.api.Maps;
import org.rangekit.api.Scenarios;
import org.rangekit.cli.Main;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.render.MapRenderer;
import org.rangekit.render.MapStyle;
import org.rangekit.render.Rgba;
import org.rangekit.scenario.Scenario;
import org.rangekit.viewer.model.CoverageTable;
import org.rangekit.viewer.model.Exports;
import org.rangekit.viewer.model.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer driven by a robot on the headless Monocle platform (the {@code viewer-fx} surefire
 * execution sets it; run alone, the class sets it itself): a scenario's table against the
 * library's summary, a typed range changing ring and counts, the cursor readout against
 * {@code rangekit distance}, band colours in an exported PNG, and a saved scenario that
 * {@code run} turns into the same files.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerFxTest {

    /** Colour channels may differ by rounding of the alpha blend and anti-aliasing. */
    static final int COLOUR_TOL = 6;
    /** The drawn map's middle is its centre up to the inverse projection's rounding (metres): 1 mm. */
    static final double VIEW_CENTRE_TOL_M = 1e-3;
    static final Path EXAMPLE = Path.of("examples/inf-kapustin-yar.yaml");

    @TempDir
    Path dir;

    private ViewerWindow w;

    @BeforeAll
    static void headless() {
        FxHeadless.ensure();
    }

    @Start
    void start(Stage stage) {
        System.setProperty(WindowPrefs.FILE_PROPERTY, dir.resolve("prefs.properties").toString());
        w = ViewerApp.open(stage, ViewState.initial(), 1200, 800);
        stage.show();
    }

    private void waitIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> robot.interact(() -> { }) == robot && idleTwice(robot));
    }

    private boolean idleTwice(FxRobot robot) {
        boolean[] idle = new boolean[1];
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> idle[0] = w.idle());
            if (!idle[0]) {
                return false;
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        return true;
    }

    /** The rows the library gives for a state: per site its bands, then the union's. */
    private static List<CoverageTable.Row> libraryRows(ViewState s) {
        Coverage.Summary sum = Coverage.summary(new CoverageParameters(s.sites(), s.set(), s.earth(),
                CoverageTable.SCALE), BuiltinTargets.load(s.targets(), CoverageTable.SCALE));
        List<CoverageTable.Row> rows = new ArrayList<>();
        sum.sites().forEach(site -> site.forEach(b -> rows.add(new CoverageTable.Row(b.site(), b.band(), b.category(),
                b.figures()))));
        sum.union().forEach(b -> rows.add(new CoverageTable.Row(b.site(), b.band(), b.category(), b.figures())));
        return rows;
    }

    @Test
    void openedScenarioShowsTheLibrarysCoverageSummary(FxRobot robot) throws Exception {
        waitIdle(robot);
        robot.interact(() -> w.openScenario(EXAMPLE));
        waitIdle(robot);
        Scenario scn = Scenarios.load(EXAMPLE);
        assertEquals(scn.sites(), w.state().sites());
        assertEquals(scn.set(), w.state().set());
        List<CoverageTable.Row> shown = new ArrayList<>(w.table().getItems());
        assertEquals(libraryRows(w.state()), shown);
        assertTrue(shown.stream().anyMatch(r -> r.figures().targets() > 50), "capitals in the 1,000–5,500 km band");
    }

    @Test
    void countsShowFirstWithTheirAreasPending(FxRobot robot) throws Exception {
        waitIdle(robot);
        List<CoverageTable> shown = new ArrayList<>();
        List<List<String>> cellTexts = new ArrayList<>();
        // The area worker is held until the counts are on screen, so that the counts cannot lose the
        // race to the whole table (with fast areas they often did, and the pending cells went unseen).
        CountDownLatch release = new CountDownLatch(1);
        w.onAreaWorker(() -> {
            try {
                release.await(600, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            robot.interact(() -> {
                w.shownTable().addListener((o, a, b) -> {
                    if (b == null) {
                        return;
                    }
                    shown.add(b);
                    w.table().applyCss();
                    w.table().layout(); // the cells as the next frame draws them
                    List<String> texts = new ArrayList<>();
                    for (javafx.scene.Node n : w.table().lookupAll(".table-cell")) {
                        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
                            texts.add(l.getText());
                        }
                    }
                    cellTexts.add(texts);
                });
                w.applyRanges("480, 500, 1234.5, 5500"); // an inner circle no earlier test measured
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.interact(() -> { }) == robot && !shown.isEmpty());
            robot.interact(() -> { });
            assertEquals(1, shown.size(), "the counts alone while the areas are held");
        } finally {
            release.countDown();
        }
        waitIdle(robot);
        // The areas are clipped beside the counting, not after it: the counts first, then the whole table.
        assertEquals(2, shown.size(), "the counts, then the whole table");
        CoverageTable counts = shown.get(0);
        CoverageTable whole = shown.get(1);
        assertTrue(whole.complete());
        assertTrue(!counts.complete());
        assertEquals(libraryRows(w.state()), whole.rows());
        assertEquals(0, cellTexts.get(1).stream().filter("…"::equals).count(), cellTexts.get(1).toString());
        assertEquals(whole.rows().size(), counts.rows().size());
        for (int r = 0; r < whole.rows().size(); r++) {
            assertEquals(whole.rows().get(r).figures().targets(), counts.rows().get(r).figures().targets());
            assertEquals(whole.rows().get(r).figures().citiesPopulation(),
                    counts.rows().get(r).figures().citiesPopulation());
        }
        // Only the 1,234.5 km disc is new (the others are kept, BandAreaCache): the two bands it bounds,
        // 500–1,234.5 and 1,234.5–5,500 km, wait for their area, land and area-share population.
        assertEquals(2, counts.rows().stream().filter(CoverageTable.Row::areasPending).count());
        assertEquals(6, cellTexts.get(0).stream().filter("…"::equals).count(), cellTexts.get(0).toString());
    }

    @Test
    void typedRangeMovesTheRingAndTheCounts(FxRobot robot) throws Exception {
        waitIdle(robot);
        // A point 3,000 km east of Kapustin Yar (Kazakhstan): inside the 5,500 km disc, outside 2,000 km.
        GeoPoint ky = w.state().sites().get(0).point();
        GeodesicData g = Geodesic.WGS84.Direct(ky.latDeg(), ky.lonDeg(), 85, 3_000_000);
        GeoPoint p = GeoPoint.of(g.lat2, g.lon2);
        int before = pixelAt(robot, p);
        List<CoverageTable.Row> rowsBefore = new ArrayList<>(w.table().getItems());

        robot.clickOn(w.rangesField()).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).write("480, 500, 1000km, 2000").type(KeyCode.ENTER);
        waitIdle(robot);
        assertEquals(List.of(480.0, 500.0, 1000.0, 2000.0), w.state().rangesKm());
        int after = pixelAt(robot, p);
        List<CoverageTable.Row> rowsAfter = new ArrayList<>(w.table().getItems());
        assertNotEquals(rowsBefore, rowsAfter);
        assertEquals(libraryRows(w.state()), rowsAfter);
        assertEquals("1,000–2,000 km", rowsAfter.get(3).band());
        assertTrue(rowsAfter.get(3).figures().targets() < rowsBefore.get(3).figures().targets());

        // Before: the 1,000–5,500 km band's colour over the basemap; after: the basemap alone.
        MapStyle st = MapStyle.DEFAULT;
        Rgba band = st.bandFill(3);
        assertTrue(near(before, blend(st.land(), band)) || near(before, blend(st.ocean(), band)),
                "banded pixel " + Integer.toHexString(before));
        assertTrue(near(after, st.land().argb()) || near(after, st.ocean().argb()),
                "unbanded pixel " + Integer.toHexString(after));
    }

    @Test
    void cursorReadoutAgreesWithRangekitDistance(FxRobot robot) throws Exception {
        waitIdle(robot);
        double[] px = robot.interact(() -> { }) == robot ? w.map().pixelOf(GeoPoint.of(52.52, 13.40)) : null;
        Point2D screen = w.map().canvas().localToScreen(px[0], px[1]);
        robot.moveTo(screen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.readoutText().contains("kapustin-yar:"));
        String text = w.readoutText();
        Matcher m = Pattern.compile("^(-?[0-9.]+), (-?[0-9.]+) ").matcher(text);
        assertTrue(m.find(), text);
        String at = m.group(1) + "," + m.group(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "distance", "--from", "kapustin-yar",
                "--to", at));
        String cli = out.toString(StandardCharsets.UTF_8);
        Matcher d = Pattern.compile("distance_km: +([0-9.]+)").matcher(cli);
        Matcher az = Pattern.compile("azimuth_deg: +([0-9.]+)").matcher(cli);
        assertTrue(d.find() && az.find(), cli);
        // The readout's coordinates are printed to 5 decimals (1.1 m): the distances agree to 2 m.
        Matcher r = Pattern.compile("kapustin-yar: ([0-9.]+) km at ([0-9.]+)°").matcher(text);
        assertTrue(r.find(), text);
        assertEquals(Double.parseDouble(d.group(1)), Double.parseDouble(r.group(1)), 0.002);
        assertEquals(Double.parseDouble(az.group(1)), Double.parseDouble(r.group(2)), 0.05);
        assertTrue(text.contains("intermediate-range (INF)"), text);
    }

    @Test
    void exportedPngHasTheIntermediateBandOverTheNorthPole(FxRobot robot) throws Exception {
        waitIdle(robot);
        Path png = dir.resolve("view.png");
        robot.interact(() -> {
            try {
                w.exportMap(png);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(png.toFile());
        int[] wh = Exports.exportSize(w.map().sizePx()[0], w.map().sizePx()[1]);
        assertEquals(wh[0], img.getWidth());
        assertEquals(wh[1], img.getHeight());
        MapRequest req = w.state().mapRequest(wh[0], wh[1], Exports.exportDpi());
        MapRenderer.Prepared p = MapRenderer.prepare(Maps.spec(req), Maps.content(req), null);
        double[] pole = p.frame().pixel(GeoPoint.of(90, 0));
        // In the azimuthal equidistant view centred on the site, north is straight up.
        assertEquals(wh[0] / 2.0, pole[0], 1e-6);
        // A few pixels off the pole itself, where the graticule's meridians meet.
        int rgb = img.getRGB((int) Math.round(pole[0]) + 6, (int) Math.round(pole[1]) + 3);
        assertTrue(near(rgb, blend(MapStyle.DEFAULT.ocean(), MapStyle.DEFAULT.bandFill(3))),
                "North Pole pixel " + Integer.toHexString(rgb));
    }

    @Test
    void savedScenarioRunsToTheSameFiles(FxRobot robot) throws Exception {
        waitIdle(robot);
        Path saved = dir.resolve("saved");
        Files.createDirectories(saved);
        robot.interact(() -> {
            try {
                w.applyRanges("480, 500, 1000, 3000");
                w.saveScenario(saved.resolve("brief.yaml"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        Files.copy(saved.resolve("brief.yaml"), again.resolve("brief.yaml"));
        List<String> written = new ArrayList<>();
        Scenarios.run(again.resolve("brief.yaml"), written::add);
        assertEquals(3, written.size(), written.toString());
        for (String f : List.of("brief.png", "brief.geojson", "brief-coverage.csv")) {
            assertArrayEquals(Files.readAllBytes(saved.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        assertTrue(Files.readString(saved.resolve("brief.yaml")).contains("ranges: [480, 500, 1000, 3000]"));
    }

    @Test
    void aPannedAndZoomedViewSavesAScenarioThatRunsToTheSameFiles(FxRobot robot) throws Exception {
        waitIdle(robot);
        // As the arrow keys and + do on the focused map: the view's centre and extent move.
        robot.interact(() -> w.map().panBy(120, -70));
        waitIdle(robot);
        robot.interact(() -> w.map().zoomBy(1.6));
        waitIdle(robot);
        ViewState shown = w.state();
        assertNotNull(shown.centre(), "the pan moved the centre");
        Path saved = dir.resolve("saved-moved");
        Files.createDirectories(saved);
        robot.interact(() -> {
            try {
                w.saveScenario(saved.resolve("moved.yaml"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String yaml = Files.readString(saved.resolve("moved.yaml"));
        assertTrue(yaml.contains("  centre: \"" + ViewState.centreText(shown.centre()) + "\"\n"), yaml);
        assertTrue(yaml.contains("  extent_km: " + org.rangekit.range.KmFormat.plain(shown.extentKm()) + "\n"), yaml);
        Path again = dir.resolve("again-moved");
        Files.createDirectories(again);
        Files.copy(saved.resolve("moved.yaml"), again.resolve("moved.yaml"));
        List<String> written = new ArrayList<>();
        Scenarios.run(again.resolve("moved.yaml"), written::add);
        assertEquals(3, written.size(), written.toString());
        for (String f : List.of("moved.png", "moved.geojson", "moved-coverage.csv")) {
            assertArrayEquals(Files.readAllBytes(saved.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        // The export is the view: the point at the middle of the canvas is the middle of the exported map.
        int[] wh = w.map().sizePx();
        GeoPoint middle = w.map().geoAt(wh[0] / 2.0, wh[1] / 2.0).orElseThrow();
        assertEquals(0, shown.earth().distanceMeters(middle, shown.centre()), VIEW_CENTRE_TOL_M);
    }

    @Test
    void aMagnifiedMercatorMapSavesItsWindow(FxRobot robot) throws Exception {
        robot.interact(() -> w.setProjection(org.rangekit.projection.ProjectionKind.MERCATOR));
        waitIdle(robot);
        // The magnifier: the drawing enlarged and moved, the view itself unchanged.
        robot.interact(() -> w.map().zoomBy(3));
        robot.interact(() -> w.map().panBy(90, -40));
        waitIdle(robot);
        assertNull(w.state().centre(), "the magnifier does not move the view");
        int[] wh = w.map().sizePx();
        GeoPoint middle = w.map().geoAt(wh[0] / 2.0, wh[1] / 2.0).orElseThrow();
        Path saved = dir.resolve("saved-magnified");
        Files.createDirectories(saved);
        robot.interact(() -> {
            try {
                w.saveScenario(saved.resolve("m.yaml"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String yaml = Files.readString(saved.resolve("m.yaml"));
        assertTrue(yaml.contains("  centre: ") && yaml.contains("  extent_km: "), yaml);
        ViewState read = ViewState.of(org.rangekit.io.in.ScenarioReader.parse(yaml, "m"));
        // Rounded to the 7 decimals a scenario writes: within 1.2 cm (half a unit of 1e-7° each way).
        assertEquals(0, read.earth().distanceMeters(middle, read.centre()), 0.012,
                "the saved centre is the window's middle");
        Path again = dir.resolve("again-magnified");
        Files.createDirectories(again);
        Files.copy(saved.resolve("m.yaml"), again.resolve("m.yaml"));
        List<String> written = new ArrayList<>();
        Scenarios.run(again.resolve("m.yaml"), written::add);
        for (String f : List.of("m.png", "m.geojson", "m-coverage.csv")) {
            assertArrayEquals(Files.readAllBytes(saved.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    private int pixelAt(FxRobot robot, GeoPoint p) {
        int[] rgb = new int[1];
        robot.interact(() -> {
            double[] q = w.map().pixelOf(p);
            int[] wh = w.map().sizePx();
            assertTrue(q[0] >= 0 && q[1] >= 0 && q[0] < wh[0] && q[1] < wh[1],
                    p + " at " + q[0] + "," + q[1] + " on a canvas of " + wh[0] + "x" + wh[1]);
            rgb[0] = w.map().canvas().snapshot(null, null).getPixelReader()
                    .getArgb((int) Math.round(q[0]), (int) Math.round(q[1]));
        });
        return rgb[0];
    }

    /** A translucent colour over an opaque one (source-over), as ARGB. */
    static int blend(Rgba under, Rgba over) {
        double a = over.a() / 255.0;
        int r = (int) Math.round(over.r() * a + under.r() * (1 - a));
        int g = (int) Math.round(over.g() * a + under.g() * (1 - a));
        int b = (int) Math.round(over.b() * a + under.b() * (1 - a));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    static boolean near(int argb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((argb >> shift & 0xFF) - (expected >> shift & 0xFF)) > COLOUR_TOL) {
                return false;
            }
        }
        return true;
    }

    static String hex(int argb) {
        return String.format(Locale.ROOT, "%08x", argb);
    }
}
