package org.rangekit.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.api.Scenarios;
import org.rangekit.cli.Main;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.scenario.OverlayFormat;
import org.rangekit.viewer.model.CoverageTable;
import org.rangekit.viewer.model.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer from an area, driven by a robot on the headless Monocle platform as {@link ViewerFxTest}
 * is: a scenario with {@code area:} opened, its table, the site controls disabled, the cursor readout
 * against {@code rangekit distance --from-country}, and the saved scenario run to the same files.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerAreaFxTest {

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

    private void waitIdle(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> {
                boolean[] idle = new boolean[1];
                for (int i = 0; i < 3; i++) {
                    robot.interact(() -> idle[0] = w.idle());
                    if (!idle[0]) {
                        return false;
                    }
                    WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
                }
                return true;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not come to rest", e);
        }
    }

    @Test
    void areaScenarioShowsItsTableReadoutAndRunsToTheSameFiles(FxRobot robot) throws Exception {
        waitIdle(robot);
        Path yaml = dir.resolve("k.yaml");
        Files.writeString(yaml, "area: {country: RUS, part_containing: \"54.71,20.51\"}\nranges: [480, 500]\n"
                + "targets: capitals\noutputs:\n  geojson: k.geojson\n");
        robot.interact(() -> w.openScenario(yaml));
        waitIdle(robot);
        ViewState s = w.state();
        assertTrue(s.fromArea(), w.status());
        assertEquals(List.of(480.0, 500.0), s.rangesKm());

        // The table: the area's rows as the model computes them (ViewerAreaTest checks those against the command).
        List<CoverageTable.Row> shown = new ArrayList<>(w.table().getItems());
        assertEquals(CoverageTable.compute(s, CoverageTable.targets("capitals"), f -> { }).rows(), shown);
        assertEquals(3, shown.size());

        // Site controls are disabled, with the reason in the panel; a Shift+click adds no site.
        Button add = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Add from catalog")).findFirst().orElseThrow();
        assertTrue(add.isDisabled());
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("go with sites only")));

        // The readout over Berlin: the distance to the exclave as `rangekit distance --from-country` gives it.
        double[] px = robot.interact(() -> { }) == robot ? w.map().pixelOf(GeoPoint.of(52.52, 13.40)) : null;
        Point2D screen = w.map().canvas().localToScreen(px[0], px[1]);
        robot.moveTo(screen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.readoutText().contains("nearest point"));
        String text = w.readoutText();
        Matcher m = Pattern.compile("^(-?[0-9.]+), (-?[0-9.]+) ").matcher(text);
        assertTrue(m.find(), text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "distance", "--from-country", "RUS",
                "--part-containing", "54.71,20.51", "--to", m.group(1) + "," + m.group(2)));
        Matcher d = Pattern.compile("distance_km: +([0-9.]+)").matcher(out.toString(StandardCharsets.UTF_8));
        Matcher r = Pattern.compile(": ([0-9.]+) km, nearest point").matcher(text);
        assertTrue(d.find() && r.find(), text + "\n" + out);
        // The readout's coordinates are printed to 5 decimals (1.1 m): the distances agree to 2 m.
        assertEquals(Double.parseDouble(d.group(1)), Double.parseDouble(r.group(1)), 0.002);

        // Save scenario: run writes the same map, overlay and coverage bytes.
        Path saved = dir.resolve("saved");
        Path again = dir.resolve("again");
        Files.createDirectories(saved);
        Files.createDirectories(again);
        robot.interact(() -> {
            try {
                w.saveScenario(saved.resolve("v.yaml"), OverlayFormat.GEOJSON);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Files.copy(saved.resolve("v.yaml"), again.resolve("v.yaml"));
        List<String> written = new ArrayList<>();
        Scenarios.run(again.resolve("v.yaml"), written::add);
        for (String f : List.of("v.png", "v.geojson", "v-coverage.csv")) {
            assertArrayEquals(Files.readAllBytes(saved.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        assertEquals(3, written.size(), written.toString());
    }
}
