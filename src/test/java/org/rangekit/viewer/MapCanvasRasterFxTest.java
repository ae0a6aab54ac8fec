package org.rangekit.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.render.MapRenderer;
import org.rangekit.viewer.model.ViewState;
import org.rangekit.viewer.model.Zoom;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map canvas at rest shows exactly the drawing of the PNG maps' painter ({@code Java2dPainter})
 * of the same prepared map, painted on the worker: pixel for pixel, hatching, labels and legend
 * included; a magnified world map first shows the enlarged image, then the sharp drawing of its
 * magnification; a superseded painting stops.
 */
@ExtendWith(ApplicationExtension.class)
class MapCanvasRasterFxTest {

    static final int W = 800;
    static final int H = 500;
    /** Colour channels may differ by the conversion of premultiplied pixels (0–255). */
    static final int CHANNEL_TOL = 1;

    private MapCanvas canvas;

    @BeforeAll
    static void headless() {
        FxHeadless.ensure();
    }

    @Start
    void start(Stage stage) {
        canvas = new MapCanvas();
        stage.setScene(new Scene(new StackPane(canvas), W, H));
        stage.show();
    }

    private void showAndWait(FxRobot robot, ViewState s) throws Exception {
        robot.interact(() -> canvas.show(s));
        waitAtRest(robot);
    }

    private void waitAtRest(FxRobot robot) throws Exception {
        boolean[] rest = new boolean[1];
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> {
            robot.interact(() -> rest[0] = canvas.atRest());
            return rest[0];
        });
    }

    /** How many pixels of the canvas differ from the image by more than {@link #CHANNEL_TOL}. */
    private int differing(FxRobot robot, BufferedImage expected) {
        int[] n = new int[1];
        robot.interact(() -> {
            PixelReader r = canvas.canvas().snapshot(null, null).getPixelReader();
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int a = r.getArgb(x, y);
                    int b = expected.getRGB(x, y);
                    for (int shift = 0; shift < 24; shift += 8) {
                        if (Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)) > CHANNEL_TOL) {
                            n[0]++;
                            break;
                        }
                    }
                }
            }
        });
        return n[0];
    }

    @Test
    void atRestTheCanvasShowsTheJava2dDrawing(FxRobot robot) throws Exception {
        ViewState s = ViewState.initial();
        showAndWait(robot, s);
        int[] wh = robot.interact(() -> { }) == robot ? canvas.sizePx() : null;
        assertEquals(W, wh[0]);
        assertEquals(H, wh[1]);
        MapRenderer.Prepared p = MapCanvas.prepare(s, W, H, false);
        BufferedImage expected = MapCanvas.raster(p, Zoom.NONE, W, H, 1, () -> false);
        assertEquals(0, differing(robot, expected), "pixels unlike the Java2D drawing");

        // A world map magnified by the keyboard: at once the enlarged image (not at rest), then the
        // drawing painted anew at that magnification.
        ViewState world = s.withProjection(ProjectionKind.WORLD);
        showAndWait(robot, world);
        boolean[] rest = new boolean[1];
        robot.interact(() -> {
            canvas.zoomBy(2);
            rest[0] = canvas.atRest();
        });
        assertFalse(rest[0], "a sharp drawing is under way");
        waitAtRest(robot);
        Zoom z = Zoom.NONE.zoomedAt(2, W / 2.0, H / 2.0);
        BufferedImage sharp = MapCanvas.raster(MapCanvas.prepare(world, W, H, false), z, W, H, 1, () -> false);
        assertEquals(0, differing(robot, sharp), "pixels unlike the magnified Java2D drawing");
    }

    @Test
    void aSupersededPaintingStops() {
        MapRenderer.Prepared p = MapCanvas.prepare(ViewState.initial(), W, H, true);
        int[] polls = new int[1];
        assertThrows(CancellationException.class,
                () -> MapCanvas.raster(p, Zoom.NONE, W, H, 1, () -> ++polls[0] > 3));
        assertTrue(polls[0] == 4, "stopped at the first operation after the drawing was superseded: " + polls[0]);
    }
}
